package vn.tiendo.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ReadWarning;

/**
 * Reads the document header: number, date, issuer, kind, implemented documents, title and the
 * org unit (province or commune) the programme belongs to. Nothing is hard-coded per document: the
 * values come from the number line ("Số 70-KH/ĐU"), the place-and-date line ("Bình Lư, ngày 17 tháng 3
 * năm 2026"), the appendix caption ("Kèm theo Chương trình hành động số 05-CTr/TU, ngày 24/11/2025 của
 * Ban Thường vụ Tỉnh ủy"), the title lines, the opening paragraph and the signature block.
 */
public final class HeaderReader {

    /** Document numbers such as 71-NQ/TW, 281/NQ-CP, 05-CTr/TU, 70-KH/ĐU, 2371/QĐ-TTg. */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,4})\\s*([-/])\\s*([A-ZĐ][A-Za-zĐđ]{0,5})\\s*([-/])\\s*([A-ZĐ][A-Za-zĐđ]{0,5})(?![\\p{L}])");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(.+)$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^([\\p{L} ]{2,40}),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)kèm theo\\s+(chương trình hành động|kế hoạch|nghị quyết|quyết định|chỉ thị|chương trình)\\s+số\\s+"
                    + "([^,]{3,30}?),?\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+của\\s+([^)]{3,80}?)\\s*\\)?\\s*$");
    private static final Pattern SIGNED_AT = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})T\\d{2}:\\d{2}");
    private static final Pattern ISSUES = Pattern.compile(
            "([\\p{L} ]{3,80}?)\\s+ban hành\\s+(chương trình|kế hoạch|nghị quyết|quyết định)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_BEHALF = Pattern.compile("^T/?M\\.?\\s+(.+)$");
    private static final Pattern COMMUNE = Pattern.compile(
            "(?<![\\p{L}])(xã|phường|đặc khu)\\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\\p{L}]*\\s?){1,4})");
    private static final String[] KINDS = {"chương trình hành động", "kế hoạch", "nghị quyết", "quyết định", "chỉ thị"};

    private HeaderReader() {
    }

    /**
     * @param lines    the document's lines (index 0 = line 1)
     * @param resolver code look-up for communes
     * @param warnings receives what could not be read with certainty
     */
    public static DocumentInfo read(List<String> lines, OrgUnitResolver resolver, List<ReadWarning> warnings) {
        List<String> clean = new ArrayList<>(lines.size());
        for (String l : lines) {
            clean.add(Text.cleanLine(l.replace('\t', ' ')));
        }
        String number = null;
        LocalDate date = null;
        String issuer = null;
        String kind = null;
        String place = null;

        // 1. explicit number line near the top
        for (int i = 0; i < Math.min(40, clean.size()) && number == null; i++) {
            Matcher m = NUMBER_LINE.matcher(clean.get(i));
            if (m.matches()) {
                Matcher n = DOC_NUMBER.matcher(m.group(1));
                if (n.find()) {
                    number = normNumber(n);
                }
            }
        }
        // 2. place and date line
        for (int i = 0; i < Math.min(40, clean.size()) && date == null; i++) {
            Matcher m = PLACE_DATE.matcher(clean.get(i));
            if (m.find()) {
                date = date(m.group(4), m.group(3), m.group(2));
                place = m.group(1).strip();
            }
        }
        // 3. appendix caption
        for (String l : clean) {
            Matcher m = CAPTION.matcher(l.replace("(", " ").replace("*", ""));
            if (m.find()) {
                Matcher n = DOC_NUMBER.matcher(m.group(2));
                if (number == null && n.find()) {
                    number = normNumber(n);
                }
                if (date == null) {
                    date = date(m.group(5), m.group(4), m.group(3));
                }
                if (kind == null) {
                    kind = m.group(1).toLowerCase(Locale.ROOT);
                }
                if (issuer == null) {
                    issuer = m.group(6).strip();
                }
                break;
            }
        }
        // 4. title: a kind line near the top and its lower-case continuation lines
        String title = null;
        int titleLine = -1;
        for (int i = 0; i < Math.min(30, clean.size()); i++) {
            String l = clean.get(i);
            String k = kindOf(l);
            if (k != null) {
                titleLine = i;
                if (kind == null) {
                    kind = k;
                }
                StringBuilder t = new StringBuilder(l);
                for (int j = i + 1; j < Math.min(i + 8, clean.size()); j++) {
                    String c = clean.get(j);
                    if (c.isEmpty()) {
                        continue;
                    }
                    if (Character.isLowerCase(c.codePointAt(0))) {
                        t.append(' ').append(c);
                    } else {
                        break;
                    }
                }
                title = t.toString().replaceAll("[.\\s]+$", "");
                break;
            }
        }
        // 5. kind from "Nghị quyết này" etc.
        if (kind == null) {
            String whole = String.join(" ", clean).toLowerCase(Locale.ROOT);
            int best = 0;
            for (String k : KINDS) {
                int c = count(whole, k + " này");
                if (c > best) {
                    best = c;
                    kind = k;
                }
            }
        }
        // 6. issuer from "… ban hành Chương trình", then from "T/M …" in the signature
        String opening = opening(clean, titleLine);
        if (issuer == null) {
            Matcher m = ISSUES.matcher(opening);
            if (m.find()) {
                String s = m.group(1);
                int cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'));
                issuer = s.substring(cut + 1).strip();
                issuer = Text.capitalize(issuer);
            }
        }
        if (issuer == null) {
            for (String l : clean) {
                Matcher m = ON_BEHALF.matcher(l);
                if (m.find()) {
                    issuer = issuerFromSignature(m.group(1), number);
                    break;
                }
            }
        }
        // 7. signature timestamp as a last resort for the date
        if (date == null) {
            for (int i = Math.max(0, clean.size() - 60); i < clean.size() && date == null; i++) {
                Matcher m = SIGNED_AT.matcher(lines.get(i));
                if (m.find()) {
                    date = date(m.group(1), m.group(2), m.group(3));
                    if (date != null) {
                        warnings.add(new ReadWarning(i + 1, "Không thấy ngày ban hành; lấy ngày ký số " + date));
                    }
                }
            }
        }
        if (number == null) {
            warnings.add(new ReadWarning(1, "Không tìm thấy số văn bản"));
        }
        if (date == null) {
            warnings.add(new ReadWarning(1, "Không tìm thấy ngày ban hành"));
        }
        // 8. implemented documents: numbers in the title and the opening paragraph
        Set<String> impl = new LinkedHashSet<>();
        Matcher n = DOC_NUMBER.matcher((title == null ? "" : title) + " " + opening);
        while (n.find()) {
            String num = normNumber(n);
            if (!num.equals(number)) {
                impl.add(num);
            }
        }
        OrgUnitRef unit = orgUnit(clean, number, issuer, place, opening, resolver, warnings);
        return new DocumentInfo(number, date, issuer, unit, kind, new ArrayList<>(impl), title);
    }

    static String normNumber(Matcher n) {
        return n.group(1) + n.group(2) + n.group(3) + n.group(4) + n.group(5);
    }

    private static String kindOf(String line) {
        String l = line.toLowerCase(Locale.ROOT).strip();
        for (String k : KINDS) {
            if (l.equals(k)) {
                return k;
            }
        }
        return null;
    }

    /** The opening paragraph(s): from after the title to the first numbered heading. */
    private static String opening(List<String> clean, int titleLine) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, titleLine + 1); i < Math.min(clean.size(), titleLine + 25); i++) {
            String l = clean.get(i);
            if (l.matches("^(?:[IVX]+|\\d+)\\s*[-.–]\\s*.*") && !l.isEmpty()) {
                break;
            }
            sb.append(l).append(' ');
        }
        return sb.toString();
    }

    private static String issuerFromSignature(String who, String number) {
        String w = who.strip();
        String f = Text.fold(w);
        if (f.equals("tinh uy")) {
            return "Tỉnh ủy";
        }
        if (f.equals("dang uy")) {
            return "Đảng ủy";
        }
        if (f.startsWith("ban thuong vu")) {
            if (number != null && number.endsWith("/TU")) {
                return "Ban Thường vụ Tỉnh ủy";
            }
            if (number != null && number.endsWith("/ĐU")) {
                return "Ban Thường vụ Đảng ủy";
            }
            return "Ban Thường vụ";
        }
        return Text.capitalize(w.toLowerCase(Locale.ROOT));
    }

    private static OrgUnitRef orgUnit(List<String> clean, String number, String issuer, String place, String opening,
                                      OrgUnitResolver resolver, List<ReadWarning> warnings) {
        String whole = String.join("\n", clean);
        // province: the most often named one
        String province = null;
        int best = 0;
        String foldedWhole = Text.fold(whole);
        for (String name : Provinces.BY_NAME.keySet()) {
            int c = countWord(foldedWhole, Text.fold(name));
            if (c > best) {
                best = c;
                province = name;
            }
        }
        String provinceFull = province == null ? null : Provinces.BY_NAME.get(province)[1];
        boolean communeLevel = (number != null && number.endsWith("/ĐU"))
                || (issuer != null && Text.fold(issuer).contains("dang uy") && !Text.fold(issuer).contains("tinh uy"));
        if (communeLevel) {
            String commune = null;
            String type = "Xã";
            Matcher m = COMMUNE.matcher(opening);
            if (m.find()) {
                type = Text.capitalize(m.group(1));
                commune = m.group(2).strip();
            }
            if (commune == null && place != null) {
                commune = place;
            }
            if (commune == null) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                Matcher all = COMMUNE.matcher(whole);
                while (all.find()) {
                    counts.merge(Text.capitalize(all.group(1)) + " " + all.group(2).strip(), 1, Integer::sum);
                }
                String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse(null);
                if (top != null) {
                    int sp = top.indexOf(' ');
                    type = top.substring(0, sp);
                    commune = top.substring(sp + 1);
                }
            }
            if (commune != null) {
                String full = type + " " + commune;
                String code = null;
                try {
                    code = resolver.codeOf(full, provinceFull);
                } catch (RuntimeException e) {
                    warnings.add(new ReadWarning(1, "Lỗi khi tra mã đơn vị " + full + ": " + e.getMessage()));
                }
                if (code == null) {
                    warnings.add(new ReadWarning(1, "Chưa biết mã đơn vị hành chính của " + full
                            + (provinceFull == null ? "" : " (" + provinceFull + ")")));
                }
                return new OrgUnitRef(code, full);
            }
        }
        if (province != null) {
            return new OrgUnitRef(Provinces.BY_NAME.get(province)[0], provinceFull);
        }
        warnings.add(new ReadWarning(1, "Không xác định được tỉnh/xã ban hành"));
        return null;
    }

    private static int count(String hay, String needle) {
        int c = 0;
        int i = hay.indexOf(needle);
        while (i >= 0) {
            c++;
            i = hay.indexOf(needle, i + needle.length());
        }
        return c;
    }

    /** How often {@code needle} occurs in {@code hay} as whole words (not inside a longer word). */
    static int countWord(String hay, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int c = 0;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !Character.isLetter(hay.codePointBefore(at)))
                    && (end >= hay.length() || !Character.isLetter(hay.codePointAt(end)))) {
                c++;
            }
        }
        return c;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
