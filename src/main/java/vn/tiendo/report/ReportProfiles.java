package vn.tiendo.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The registry of layout profiles. "party" means the Party rulebook in force (Quy định 399-QĐ/TW, 2026), "state" the
 * Decree 30/2020 layout; without a profile the issuer of the programme decides (a People's Committee gets the State
 * layout, a Party committee the Party one).
 */
@Component
public class ReportProfiles {

    public static final ReportProfile PARTY_2018 = new ReportProfile("party-2018", ReportProfile.Kind.PARTY,
            "Hướng dẫn 36-HD/VPTW (2018)", "party-2018.docx");
    public static final ReportProfile PARTY_2026 = new ReportProfile("party-2026", ReportProfile.Kind.PARTY,
            "Quy định 399-QĐ/TW (2026)", "party-2026.docx");
    public static final ReportProfile STATE_2020 = new ReportProfile("state-2020", ReportProfile.Kind.STATE,
            "Nghị định 30/2020/NĐ-CP", "state-2020.docx");

    private final Map<String, ReportProfile> byName = new LinkedHashMap<>();

    public ReportProfiles() {
        for (ReportProfile p : new ReportProfile[] {PARTY_2018, PARTY_2026, STATE_2020}) {
            byName.put(p.name(), p);
        }
        byName.put("party", PARTY_2026);
        byName.put("state", STATE_2020);
    }

    public Map<String, ReportProfile> all() {
        return Map.copyOf(byName);
    }

    /** The profile asked for, else the one the issuer's kind calls for; an unknown name is refused in Vietnamese. */
    public ReportProfile choose(String requested, String issuer) {
        if (requested == null || requested.isBlank()) {
            return stateIssuer(issuer) ? STATE_2020 : PARTY_2026;
        }
        ReportProfile p = byName.get(requested.trim().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("Mẫu báo cáo không hợp lệ: \"" + requested + "\" (chỉ nhận "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return p;
    }

    /** True for a People's Committee ("Ủy ban nhân dân tỉnh Lai Châu", "UBND xã …"). */
    static boolean stateIssuer(String issuer) {
        String s = issuer == null ? "" : issuer.toLowerCase(new Locale("vi"));
        return s.contains("ủy ban nhân dân") || s.contains("uỷ ban nhân dân") || s.contains("ubnd");
    }
}
