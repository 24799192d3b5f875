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
    private static final Pattern PLACE_DATE_ANY_LINE = Pattern.compile(
            "^([\\p{L} ]{2,40}),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.MULTILINE);
    /** A numbered heading ends the opening; "57-NQ/TW ngày …" (a number broken onto its own line) does not. */
    private static final Pattern OPENING_END = Pattern.compile("^(?:[IVX]+|\\d{1,2})\\s*[-.–]\\s*(?![\\p{Lu}]{1,5}/).*");
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\\s*-\\s*tự do\\s*-\\s*hạnh phúc"
                    + "|đảng cộng sản việt nam");
    private static final Pattern STATE_BODY = Pattern.compile(
            "(?:CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|QUỐC HỘI|BỘ [\\p{Lu} ,]+|ỦY BAN NHÂN DÂN[\\p{Lu} ]*|HỘI ĐỒNG NHÂN DÂN[\\p{Lu} ]*"
                    + "|SỞ [\\p{Lu} ,]+)");
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^.*?\\b((?:nhân dân )?(?:tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã))(?= \\p{L})");
    private static final Pattern LEAD_NUMBER = Pattern.compile(
            "(?i)ban hành\\s+(?:chương trình hành động|chương trình|kế hoạch|nghị quyết|quyết định)\\s+(?:số\\s+)?(\\d{1,4}\\s*[-/][^\\s,;]{2,20})");
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
            // a header laid out as a two-column table: each cell is a line of its own
            for (String cell : l.split("\t")) {
                clean.add(Text.cleanLine(cell));
            }
        }
        Fields f = new Fields();
        f.number = readNumberLine(clean);
        readPlaceAndDate(clean, f);
        f.issuer = issuerFromHeaderBlock(clean);
        readAppendixCaption(clean, f);
        readTitle(clean, f);
        String opening = opening(clean, f.titleLine);
        if (f.kind == null) {
            f.kind = kindFromLeadSentence(opening);
        }
        if (f.kind == null) {
            f.kind = kindFromSelfReference(clean);
        }
        if (f.issuer == null) {
            f.issuer = issuerFromOpening(opening);
        }
        if (f.issuer == null) {
            f.issuer = issuerFromSignatureBlock(clean, f.number);
        }
        if (f.number == null) {
            f.number = numberFromLeadSentence(opening);
        }
        if (f.date == null) {
            f.date = signatureDate(lines, warnings);
        }
        if (f.number == null) {
            warnings.add(new ReadWarning(1, "Không tìm thấy số văn bản"));
        }
        if (f.date == null) {
            warnings.add(new ReadWarning(1, "Không tìm thấy ngày ban hành"));
        }
        List<String> bases = new ArrayList<>();
        List<String> impl = implementedDocuments(f.title, opening(clean, f.titleLine, bases, f.number), f.number);
        OrgUnitRef unit = orgUnit(clean, f.number, f.issuer, f.place, opening, resolver, warnings);
        return new DocumentInfo(f.number, f.date, f.issuer, unit, f.kind, impl, bases, f.title);
    }

    /** What the header steps have found so far; each step fills what is still missing. */
    private static final class Fields {
        String number;
        LocalDate date;
        String issuer;
        String kind;
        String place;
        String title;
        int titleLine = -1;
    }

    /** The explicit number line near the top ("Số 70-KH/ĐU"). */
    private static String readNumberLine(List<String> clean) {
        for (int i = 0; i < Math.min(40, clean.size()); i++) {
            Matcher m = NUMBER_LINE.matcher(clean.get(i));
            if (m.matches()) {
                Matcher n = DOC_NUMBER.matcher(m.group(1));
                if (n.find()) {
                    return normNumber(n);
                }
            }
        }
        return null;
    }

    /** The place-and-date line near the top ("Bình Lư, ngày 17 tháng 3 năm 2026"). */
    private static void readPlaceAndDate(List<String> clean, Fields f) {
        // "ngày 09" / "tháng 01 năm 2025" may be broken across lines or table cells
        String top = String.join("\n", clean.subList(0, Math.min(40, clean.size())));
        Matcher m = PLACE_DATE_ANY_LINE.matcher(top);
        while (m.find() && f.date == null) {
            f.date = date(m.group(4), m.group(3), m.group(2));
            f.place = m.group(1).strip();
        }
    }

    /**
     * The issuing body as the header block names it, above the number line, without the national motto:
     * "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → "Ủy ban nhân dân tỉnh Đồng Tháp", "CHÍNH PHỦ" → "Chính phủ". Only State
     * bodies are read this way (a Party header names the committee, not who signs: that comes from the caption).
     */
    private static String issuerFromHeaderBlock(List<String> clean) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(15, clean.size()); i++) {
            String l = clean.get(i);
            if (NUMBER_LINE.matcher(l).matches() || PLACE_DATE.matcher(l).find()) {
                break;
            }
            String t = MOTTO.matcher(l).replaceAll(" ").replaceAll("[-_=]{3,}", " ").strip();
            if (t.isEmpty() || t.matches("(?i)(?:công báo|source:).*|\\d{1,4}") || !t.equals(t.toUpperCase(Locale.ROOT))) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(t);
        }
        String upper = sb.toString().replaceAll("\\s+", " ").replace("UỶ", "ỦY").strip();
        return STATE_BODY.matcher(upper).matches() ? sentenceCase(upper) : null;
    }

    /** "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → "Ủy ban nhân dân tỉnh Đồng Tháp": place names after the unit word keep capitals. */
    static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        Matcher place = PLACE_AFTER.matcher(lower);
        StringBuilder out = new StringBuilder();
        int from = 0;
        if (place.find()) {
            out.append(lower, 0, place.end(1));
            for (String w : lower.substring(place.end(1)).strip().split(" ")) {
                out.append(' ').append(Text.capitalize(w));
            }
            from = lower.length();
        }
        out.append(lower.substring(from));
        return Text.capitalize(out.toString().strip());
    }

    /** The number of a document known only from its lead sentence ("… ban hành Kế hoạch 359-KH/TU thực hiện …"). */
    private static String numberFromLeadSentence(String opening) {
        Matcher m = LEAD_NUMBER.matcher(opening);
        if (m.find()) {
            Matcher n = DOC_NUMBER.matcher(m.group(1));
            return n.find() ? normNumber(n) : null;
        }
        return null;
    }

    /** The appendix caption ("Kèm theo Chương trình hành động số 05-CTr/TU, ngày 24/11/2025 của …"). */
    private static void readAppendixCaption(List<String> clean, Fields f) {
        for (String l : clean) {
            Matcher m = CAPTION.matcher(l.replace("(", " ").replace("*", ""));
            if (m.find()) {
                Matcher n = DOC_NUMBER.matcher(m.group(2));
                if (f.number == null && n.find()) {
                    f.number = normNumber(n);
                }
                if (f.date == null) {
                    f.date = date(m.group(5), m.group(4), m.group(3));
                }
                if (f.kind == null) {
                    f.kind = m.group(1).toLowerCase(Locale.ROOT);
                }
                if (f.issuer == null) {
                    f.issuer = m.group(6).strip();
                }
                return;
            }
        }
    }

    /** The title: a kind line near the top and its lower-case continuation lines. */
    private static void readTitle(List<String> clean, Fields f) {
        for (int i = 0; i < Math.min(30, clean.size()); i++) {
            String l = clean.get(i);
            String k = kindOf(l);
            if (k != null) {
                f.titleLine = i;
                if (f.kind == null) {
                    f.kind = k;
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
                f.title = t.toString().replaceAll("[.\\s]+$", "");
                return;
            }
        }
    }

    /** The kind most often named in "Nghị quyết này", "Kế hoạch này" etc.; null when none is. */
    private static String kindFromSelfReference(List<String> clean) {
        String whole = String.join(" ", clean).toLowerCase(Locale.ROOT);
        String kind = null;
        int best = 0;
        for (String k : KINDS) {
            int c = count(whole, k + " này");
            if (c > best) {
                best = c;
                kind = k;
            }
        }
        return kind;
    }

    /** The kind from "… ban hành Kế hoạch 359-KH/TU …" in the opening paragraph. */
    private static String kindFromLeadSentence(String opening) {
        Matcher m = ISSUES.matcher(opening);
        return m.find() ? m.group(2).toLowerCase(Locale.ROOT) : null;
    }

    /** The issuer from "… ban hành Chương trình" in the opening paragraph. */
    private static String issuerFromOpening(String opening) {
        Matcher m = ISSUES.matcher(opening);
        if (!m.find()) {
            return null;
        }
        String s = m.group(1);
        int cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'));
        return Text.capitalize(s.substring(cut + 1).strip());
    }

    /** The issuer from the first "T/M …" line of the signature block. */
    private static String issuerFromSignatureBlock(List<String> clean, String number) {
        for (String l : clean) {
            Matcher m = ON_BEHALF.matcher(l);
            if (m.find()) {
                return issuerFromSignature(m.group(1), number);
            }
        }
        return null;
    }

    /** The digital signature's timestamp near the end, as a last resort for the date (with a warning). */
    private static LocalDate signatureDate(List<String> lines, List<ReadWarning> warnings) {
        for (int i = Math.max(0, lines.size() - 60); i < lines.size(); i++) {
            Matcher m = SIGNED_AT.matcher(lines.get(i));
            if (m.find()) {
                LocalDate date = date(m.group(1), m.group(2), m.group(3));
                if (date != null) {
                    warnings.add(new ReadWarning(i + 1, "Không thấy ngày ban hành; lấy ngày ký số " + date));
                    return date;
                }
            }
        }
        return null;
    }

    /** The implemented documents: numbers in the title and the opening paragraph, other than its own. */
    private static List<String> implementedDocuments(String title, String opening, String number) {
        Set<String> impl = new LinkedHashSet<>();
        Matcher n = DOC_NUMBER.matcher((title == null ? "" : title) + " " + opening);
        while (n.find()) {
            String num = normNumber(n);
            if (!num.equals(number)) {
                impl.add(num);
            }
        }
        return new ArrayList<>(impl);
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

    /**
     * The opening paragraph(s) without the "Căn cứ …" bases (their document numbers go to {@code bases}) and without
     * the "Theo đề nghị …" paragraph (a submission, neither a basis nor implemented).
     */
    private static String opening(List<String> clean, int titleLine, List<String> bases, String own) {
        StringBuilder kept = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (int i = Math.max(0, titleLine + 1); i < Math.min(clean.size(), titleLine + 40); i++) {
            String l = clean.get(i);
            if (OPENING_END.matcher(l).matches()) {
                break;
            }
            if (l.isEmpty() || l.matches("(?i)^(căn cứ|theo đề nghị|xét đề nghị|trên cơ sở)(?![\\p{L}]).*")) {
                flush(paragraph, kept, bases, own);
            }
            paragraph.append(l).append(' ');
        }
        flush(paragraph, kept, bases, own);
        return kept.toString();
    }

    private static void flush(StringBuilder paragraph, StringBuilder kept, List<String> bases, String own) {
        String p = paragraph.toString().strip();
        paragraph.setLength(0);
        String folded = Text.fold(p);
        if (folded.startsWith("can cu")) {
            Matcher n = DOC_NUMBER.matcher(p);
            while (n.find()) {
                String num = normNumber(n);
                if (!bases.contains(num) && !num.equals(own)) {
                    bases.add(num);
                }
            }
        } else if (!folded.startsWith("theo de nghi") && !folded.startsWith("xet de nghi")) {
            kept.append(p).append(' ');
        }
    }

    /** The opening paragraph(s): from after the title to the first numbered heading. */
    private static String opening(List<String> clean, int titleLine) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, titleLine + 1); i < Math.min(clean.size(), titleLine + 25); i++) {
            String l = clean.get(i);
            if (OPENING_END.matcher(l).matches()) {
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
        String province = mostNamedProvince(whole);
        String provinceFull = province == null ? null : Provinces.BY_NAME.get(province)[1];
        boolean communeLevel = (number != null && number.endsWith("/ĐU"))
                || (issuer != null && Text.fold(issuer).contains("dang uy") && !Text.fold(issuer).contains("tinh uy"));
        if (communeLevel) {
            String commune = communeName(opening, place, whole);
            if (commune != null) {
                return communeUnit(commune, provinceFull, resolver, warnings);
            }
        }
        if (province != null) {
            return new OrgUnitRef(Provinces.BY_NAME.get(province)[0], provinceFull);
        }
        warnings.add(new ReadWarning(1, "Không xác định được tỉnh/xã ban hành"));
        return null;
    }

    /** The province named most often in the document (as a whole word); null when none is named. */
    private static String mostNamedProvince(String whole) {
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
        return province;
    }

    /**
     * The commune's full name ("Xã Bình Lư"): the first one named in the opening paragraph, else the place of
     * the place-and-date line, else the one named most often in the document; null when there is none.
     */
    private static String communeName(String opening, String place, String whole) {
        Matcher m = COMMUNE.matcher(opening);
        if (m.find()) {
            return Text.capitalize(m.group(1)) + " " + m.group(2).strip();
        }
        if (place != null) {
            return "Xã " + place;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher all = COMMUNE.matcher(whole);
        while (all.find()) {
            counts.merge(Text.capitalize(all.group(1)) + " " + all.group(2).strip(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The commune with its administrative code, warning when the code is not known. */
    private static OrgUnitRef communeUnit(String full, String provinceFull, OrgUnitResolver resolver,
                                          List<ReadWarning> warnings) {
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
