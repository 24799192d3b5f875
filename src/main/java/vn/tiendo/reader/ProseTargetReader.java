package vn.tiendo.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programme.VietnameseNumber;

/**
 * Reads measurable targets from the sentences of the "MỤC TIÊU" section: "tỉ lệ … đạt từ 62% trở lên",
 * "100% cơ sở giáo dục phổ thông có …", "Triển khai dạy học tiếng Trung Quốc tại 11 trường …". Lines
 * broken mid-sentence are joined first. Each value becomes an indicator with {@code fromProse = true},
 * code "P1", "P2", …, and the whole sentence as {@code sourceText}. The year is the one the sentence
 * names ("đến năm 2030", "vào năm 2028", "đến năm học 2028-2029" → 2029), else one named earlier in the
 * paragraph, else the heading's ("2.2. Đến năm 2035"), else 2030 (the horizon of Resolution 71).
 */
public final class ProseTargetReader {

    private static final int DEFAULT_YEAR = 2030;
    private static final Pattern HEADING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.|[IVX]{1,5}\\s*[-.–])\\s*\\S.*");
    private static final Pattern PERCENT = Pattern.compile(
            "(?:(?<cmp>trên|dưới|từ|tối thiểu|ít nhất|tối đa|không quá|khoảng)\\s+)?(?<num>\\d{1,3}(?:[.,]\\d{1,3})?)\\s*%(?<up>\\s*trở lên)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,/])(?<num>\\d{1,3}(?:\\.\\d{3})*|\\d+)\\s+(?<noun>lưu học sinh|học sinh|người|trường|xã|phường|phòng học|cơ sở|giáo viên|lớp chuyên)(?![\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile(
            "(?:đến|vào|tới|trước|đạt được vào)\\s+(?:hết\\s+)?năm\\s+(?:học\\s+)?(?<y>(?:19|20)\\d{2})(?:\\s*-\\s*(?<y2>(?:19|20)\\d{2}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:(?:trong )?giai đoạn \\d{4}\\s*[-–]\\s*\\d{4}|phấn đấu|duy trì|bảo đảm|đảm bảo|trong đó|hằng năm|hàng năm|đến năm (?:học )?\\d{4}(?:\\s*-\\s*\\d{4})?|vào năm \\d{4})\\s*[,:]?\\s*)*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_VERB = Pattern.compile("(?:(?:^|\\s+)(?:đạt|là|ở mức|đạt mức|có|bằng))+\\s*$",
            Pattern.UNICODE_CASE);

    private ProseTargetReader() {
    }

    /** A piece of joined text and the line it starts on. */
    private record Piece(int line, int offset) {
    }

    private record Paragraph(String text, List<Piece> pieces, String section, Integer sectionYear) {

        int lineAt(int offset) {
            int line = pieces.get(0).line();
            for (Piece p : pieces) {
                if (p.offset() <= offset) {
                    line = p.line();
                }
            }
            return line;
        }
    }

    public static List<Indicator> read(List<String> lines, List<ReadWarning> warnings) {
        List<Paragraph> paragraphs = paragraphs(lines);
        List<Indicator> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Integer paragraphYear = null;
            for (Sentence s : sentences(p.text())) {
                Integer sentenceYear = year(s.text());
                List<Candidate> cands = candidates(s.text());
                for (Candidate c : cands) {
                    Integer y = year(c.segment());
                    if (y == null) {
                        y = sentenceYear;
                    }
                    boolean everyYear = Text.fold(s.text()).matches(".*\\b(hang|hang) nam\\b.*");
                    if (y == null && !everyYear) {
                        y = paragraphYear;
                    }
                    if (y == null) {
                        y = p.sectionYear();
                    }
                    if (y == null) {
                        y = DEFAULT_YEAR;
                    }
                    String name = Text.capitalize(c.name());
                    List<Target> targets = List.of(new Target(y, c.valueText(), c.comparator(), c.value()));
                    ValueType vt = c.unit().equals("%") ? ValueType.PERCENT
                            : c.unit().matches("trường|xã|phường|phòng học|cơ sở|lớp chuyên") ? ValueType.COUNT : ValueType.NUMBER;
                    out.add(new Indicator("P" + (out.size() + 1), p.section(), name, c.unit(), vt,
                            IndicatorTableReader.direction(name, targets), null, targets, List.of(), false, List.of(),
                            List.of(), true, s.text().strip(), p.lineAt(s.offset() + c.offset())));
                }
                if (sentenceYear != null) {
                    paragraphYear = sentenceYear;
                }
            }
        }
        return out;
    }

    private record Sentence(String text, int offset) {
    }

    private record Candidate(String segment, int offset, String name, String valueText, Comparator comparator,
                             BigDecimal value, String unit) {
    }

    /** Sentences: split at ";" and at ". " before an upper-case letter or "(". */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean end = ch == ';';
            if (ch == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ') {
                int next = text.codePointAt(i + 2);
                end = Character.isUpperCase(next) || next == '(' || Character.isDigit(next);
            }
            if (end) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        s = s.strip().replaceAll("[.]+$", "");
        if (!s.isEmpty()) {
            out.add(new Sentence(s, from + lead));
        }
    }

    private static List<Candidate> candidates(String sentence) {
        String s = sentence.replaceFirst("^\\(\\d{1,2}\\)\\.?\\s*", "");
        int shift = sentence.length() - s.length();
        List<int[]> spans = new ArrayList<>();
        List<Matcher> found = new ArrayList<>();
        boolean percent = findValues(s, spans, found);
        List<Candidate> out = new ArrayList<>();
        String leadIn = null;
        int colon = s.indexOf(':');
        if (colon > 0 && !spans.isEmpty() && colon < spans.get(0)[0]) {
            leadIn = s.substring(0, colon).strip();
            if (LEAD.matcher(leadIn).replaceFirst("").isBlank()) {
                leadIn = null;
                spans.get(0)[0] = Math.max(spans.get(0)[0], colon + 1);
            }
        }
        int skip = leadIn == null && colon > 0 && !spans.isEmpty() && colon < spans.get(0)[0] ? colon + 1 : 0;
        for (int k = 0; k < spans.size(); k++) {
            int from = k == 0 ? (leadIn != null ? colon + 1 : skip) : lastComma(s, spans.get(k - 1)[1], spans.get(k)[0]) + 1;
            int to = k + 1 < spans.size() ? lastComma(s, spans.get(k)[1], spans.get(k + 1)[0]) : s.length();
            if (to < spans.get(k)[1]) {
                to = s.length();
            }
            Candidate c = candidate(s.substring(from, to), spans.get(k)[0] - from, spans.get(k)[1] - from, found.get(k),
                    percent, leadIn, shift + from);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Finds the value spans of a sentence: its percentages, or when it has none its counts ("38 trường").
     * Returns true when they are percentages.
     */
    private static boolean findValues(String s, List<int[]> spans, List<Matcher> found) {
        Matcher m = PERCENT.matcher(s);
        boolean percent = false;
        while (m.find()) {
            percent = true;
            spans.add(new int[] {m.start(), m.end()});
            found.add(PERCENT.matcher(s).region(m.start(), m.end()));
        }
        if (!percent) {
            m = COUNT.matcher(s);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                found.add(COUNT.matcher(s).region(m.start(), m.end()));
            }
        }
        return percent;
    }

    /** The candidate of one segment whose value is at [vs, ve); null when it has no value or no name. */
    private static Candidate candidate(String segment, int vs, int ve, Matcher v, boolean percent, String leadIn,
                                       int offset) {
        if (!v.lookingAt()) {
            return null;
        }
        String before = segment.substring(0, Math.max(0, vs));
        String after = segment.substring(Math.min(segment.length(), ve));
        String valueText = segment.substring(vs, ve).strip();
        BigDecimal value = VietnameseNumber.parse(v.group("num"));
        if (value == null) {
            return null;
        }
        String unit;
        Comparator cmp;
        String name;
        if (percent) {
            unit = "%";
            cmp = comparator(v.group("cmp"), v.group("up") != null);
            name = percentName(before, after, leadIn);
        } else {
            unit = v.group("noun");
            cmp = Comparator.EQ;
            name = countName(segment);
        }
        name = name.replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
        if (name.isEmpty()) {
            return null;
        }
        return new Candidate(segment, offset, name, valueText, cmp, value, unit);
    }

    /** A percentage's name: the words before it, or after it when before there is only "tỉ lệ". */
    private static String percentName(String before, String after, String leadIn) {
        String b = LEAD.matcher(before.strip()).replaceFirst("");
        b = TRAILING_VERB.matcher(b).replaceAll("").strip();
        String name;
        if (b.isEmpty() || b.matches("(?iu)(?:tỉ|tỷ) lệ")) {
            name = cut(after.strip());
        } else {
            name = cut(b);
        }
        if (leadIn != null) {
            name = leadIn + " – " + name;
        }
        return name;
    }

    /** A count's name: the whole segment, shortened. */
    private static String countName(String segment) {
        String name = cut(segment.strip());
        name = LEAD.matcher(name).replaceFirst("");
        if (name.isEmpty()) {
            name = segment.strip();
        }
        return name;
    }

    private static int lastComma(String s, int from, int to) {
        int c = s.lastIndexOf(',', to);
        return c >= from ? c : to;
    }

    /**
     * Shortens a name to its main clause: cuts before a clause that only explains purpose (", góp phần …",
     * ", nhằm …"), details (", trong đó …") or manner (" theo lộ trình", " theo mô hình …"), and drops a
     * parenthesised list of places ("(Tà Tổng, Tủa Sín Chải, Nậm Cuổi)").
     */
    private static String cut(String name) {
        return name.replaceFirst(",\\s*(?:góp phần|nhằm|để|tạo nền tảng|đáp ứng|trong đó)\\s.*$", "")
                .replaceFirst("\\s+theo (?:lộ trình|mô hình)(?:\\s.*)?$", "")
                .replaceAll("\\s*\\([^()]*,[^()]*\\)", "")
                .strip();
    }

    private static Comparator comparator(String word, boolean orMore) {
        if (orMore) {
            return Comparator.GE;
        }
        if (word == null) {
            return Comparator.EQ;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trên" -> Comparator.GT;
            case "dưới" -> Comparator.LT;
            case "từ", "tối thiểu", "ít nhất" -> Comparator.GE;
            case "tối đa", "không quá" -> Comparator.LE;
            default -> Comparator.EQ;
        };
    }

    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group("y2") != null ? m.group("y2") : m.group("y"));
        }
        return null;
    }

    /** The paragraphs of the goal section, with broken lines joined. */
    private static List<Paragraph> paragraphs(List<String> lines) {
        GoalSection goals = new GoalSection();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.indexOf('\t') >= 0) {
                continue;
            }
            String l = Text.cleanLine(raw);
            if (l.isEmpty() || l.matches("-{3,}")) {
                continue;
            }
            boolean heading = l.length() <= 120 && HEADING.matcher(l).matches() && !l.startsWith("(");
            if (heading && goals.inGoals && numberedTarget(lines, i)) {
                goals.item(i + 1, l.replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.\\s*", ""));
            } else if (heading) {
                goals.heading(l);
            } else if (goals.inGoals) {
                goals.bodyLine(i + 1, l);
            }
        }
        goals.flush();
        return goals.out;
    }

    /**
     * A numbered line of the goal section that is a target, not a sub-heading ("1. 100% đội ngũ … có trình độ
     * đại học"): with the lines that go on with it (lower case, or "- 2030" after "giai đoạn 2026") it names a
     * percentage or a count, and it does not end in ":" as a heading introducing a list does.
     */
    private static boolean numberedTarget(List<String> lines, int i) {
        StringBuilder text = new StringBuilder(Text.cleanLine(lines.get(i)).replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.\\s*", ""));
        if (text.toString().endsWith(":")) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 12); j++) {
            String l = Text.cleanLine(lines.get(j));
            if (l.isEmpty() || !goesOn(l)) {
                break;
            }
            text.append(' ').append(l);
        }
        String t = text.toString();
        return PERCENT.matcher(t).find() || COUNT.matcher(t).find();
    }

    /** A line that goes on with the sentence above: lower case, a number, or "- 2030" ending a period. */
    private static boolean goesOn(String l) {
        int c = l.codePointAt(0);
        return Character.isLowerCase(c) || Character.isDigit(c) || l.matches("^[-–]\\s*(?:19|20)\\d{2}\\b.*");
    }

    /** The goal section's paragraphs while its lines are read. */
    private static final class GoalSection {
        private final List<Paragraph> out = new ArrayList<>();
        private boolean inGoals;
        private String section;
        private Integer sectionYear;
        private StringBuilder text;
        private List<Piece> pieces;

        /** A heading opens the goal section, starts a sub-section in it, or (tasks, solutions …) closes it. */
        void heading(String l) {
            String f = Text.fold(l);
            if (!inGoals && f.contains("muc tieu")) {
                inGoals = true;
            } else if (inGoals && !f.contains("muc tieu")
                    && (f.contains("nhiem vu") || f.contains("to chuc thuc hien") || f.contains("giai phap"))) {
                flush();
                text = null;
                inGoals = false;
                return;
            }
            if (inGoals) {
                flush();
                text = null;
                section = l.replaceFirst("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.|[IVX]{1,5}\\s*[-.–])\\s*", "").strip();
                Matcher y = Pattern.compile("năm\\s+((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE).matcher(section);
                sectionYear = y.find() ? Integer.valueOf(y.group(1)) : null;
            }
        }

        /** A line of text: a new paragraph when the last one ended a sentence and this one starts one. */
        void bodyLine(int line, String l) {
            boolean newParagraph = text == null || endsSentence(text) && startsSentence(l);
            if (newParagraph) {
                flush();
                text = new StringBuilder();
                pieces = new ArrayList<>();
            } else {
                text.append(' ');
            }
            pieces.add(new Piece(line, text.length()));
            text.append(l);
        }

        /** A numbered target: always a paragraph of its own. */
        void item(int line, String l) {
            flush();
            text = null;
            bodyLine(line, l);
        }

        void flush() {
            if (text != null && text.length() > 0) {
                out.add(new Paragraph(text.toString(), pieces, section, sectionYear));
            }
        }
    }

    private static boolean endsSentence(StringBuilder sb) {
        String s = sb.toString().strip();
        return !s.isEmpty() && ".;!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static boolean startsSentence(String l) {
        int c = l.codePointAt(0);
        if (goesOn(l)) {
            return false;
        }
        return Character.isUpperCase(c) || c == '(' || c == '-' || c == '+' || c == '•';
    }
}
