package vn.tiendo.web.publicview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.monitoring.Actual;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.monitoring.status.Assessment;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.web.monitoring.ProgressText;

/**
 * Dữ liệu mở: the figures of a public programme page as rows (one per indicator for the issuing unit, then one per
 * indicator and unit below it, as the map shows them), written as CSV or JSON with the same columns (docs/open-data.md).
 */
final class OpenData {

    static final String LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.vi): được dùng lại, "
            + "ghi nguồn \"Tiến Độ – trang công khai\"";
    static final String DEMO_NOTE = "Dữ liệu minh họa: số liệu thực hiện được tạo tự động, không phải số liệu báo cáo thật";
    static final List<String> COLUMNS = List.of("so_hieu", "nam", "cap", "ma_don_vi", "don_vi", "muc", "ma_chi_tieu", "chi_tieu",
            "don_vi_tinh", "gia_tri_goc", "muc_tieu_nam", "gia_tri_muc_tieu", "so_sanh_voi", "thuc_hien", "gia_tri_thuc_hien", "ky_so_lieu", "tinh_trang",
            "du_lieu_minh_hoa");

    private OpenData() {
    }

    /** The rows: the issuing unit's indicators, then each indicator's units below (worst gap first). */
    static List<Map<String, Object>> rows(ProgrammeSummary programme, OrgUnit owner, int year, List<IndicatorProgress> own,
                                          Map<Long, List<UnitProgress>> below) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IndicatorProgress p : own) {
            out.add(row(programme, year, "đơn vị ban hành", owner, p.indicator(), p.latest(), p.assessment()));
        }
        for (IndicatorProgress p : own) {
            for (UnitProgress u : below.getOrDefault(p.indicator().id(), List.of())) {
                out.add(row(programme, year, "đơn vị trực thuộc", u.unit(), p.indicator(), u.actual(), u.assessment()));
            }
        }
        return out;
    }

    private static Map<String, Object> row(ProgrammeSummary programme, int year, String level, OrgUnit unit, IndicatorRow i,
                                           Actual a, Assessment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("so_hieu", programme.number());
        m.put("nam", year);
        m.put("cap", level);
        m.put("ma_don_vi", unit.code());
        m.put("don_vi", unit.fullName());
        m.put("muc", i.sectionLabel());
        m.put("ma_chi_tieu", i.code());
        m.put("chi_tieu", i.name());
        m.put("don_vi_tinh", i.unit());
        m.put("gia_tri_goc", i.plan().baselineValue());
        m.put("muc_tieu_nam", ProgressText.target(i.plan().targets() == null ? null : i.plan().targets().get(year)));
        vn.tiendo.monitoring.status.IndicatorPlan.Goal goal = i.plan().targets() == null ? null : i.plan().targets().get(year);
        m.put("gia_tri_muc_tieu", goal == null ? null : goal.value());
        m.put("so_sanh_voi", s.reference());
        m.put("thuc_hien", ProgressText.actual(a));
        m.put("gia_tri_thuc_hien", a == null ? null : a.value());
        m.put("ky_so_lieu", a == null ? null : Period.parse(a.period()).label());
        m.put("tinh_trang", s.status().label());
        m.put("du_lieu_minh_hoa", a != null && a.demo());
        return m;
    }

    /** CSV for Excel: UTF-8 with a byte order mark, a header of "#" lines (source, licence, demo), then the columns. */
    static byte[] csv(ProgrammeSummary programme, int year, boolean demo, String summary, List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("# Tiến Độ – dữ liệu mở của ").append(programme.number()).append(", ").append(programme.orgUnitName())
                .append(", năm ").append(year).append("\r\n");
        sb.append("# Giấy phép: ").append(LICENCE).append("\r\n");
        sb.append("# ").append(summary).append("\r\n");
        if (demo) {
            sb.append("# ").append(DEMO_NOTE).append(" (cột du_lieu_minh_hoa)\r\n");
        }
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                cells.add(cell(r.get(c)));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
        if (s.matches("^[=+\\-@].*") && !(v instanceof BigDecimal)) {
            s = "'" + s; // a formula-looking text stays text in a spreadsheet
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n")  ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The JSON document: the programme, the licence, the demo flag, the summary sentences, the columns and the rows. */
    static Map<String, Object> json(ProgrammeSummary programme, int year, boolean demo, String summary, String tasks,
                                    List<Map<String, Object>> rows) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", programme.id());
        p.put("so_hieu", programme.number());
        p.put("ten", programme.displayTitle());
        p.put("ngay_ban_hanh", programme.issuedOn() == null ? null : programme.issuedOn().toString());
        p.put("don_vi", programme.orgUnitName());
        p.put("ma_don_vi", programme.orgUnitCode());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nguon", "Tiến Độ – trang công khai");
        out.put("giay_phep", LICENCE);
        out.put("du_lieu_minh_hoa", demo);
        if (demo) {
            out.put("ghi_chu_minh_hoa", DEMO_NOTE);
        }
        out.put("chuong_trinh", p);
        out.put("nam", year);
        out.put("tom_tat", summary);
        out.put("nhiem_vu", tasks);
        out.put("cot", COLUMNS);
        out.put("dong", rows);
        return out;
    }
}
