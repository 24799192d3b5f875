package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import java.util.regex.MatchResult;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;

/**
 * Reads the indicator tables (Phụ lục chỉ tiêu). Columns are recognised by their header text:
 * TT, Chỉ tiêu (name), Đơn vị, "Kết quả thực hiện năm 2025" (baseline), a second "Chỉ tiêu" (the overall
 * target), year columns (2026 … 2030 or 2030/2035/2045), "Kết quả" (target of the section year) and
 * "Cơ quan chủ trì theo dõi, đánh giá". See docs/programme-json.md for all the rules.
 */
public final class IndicatorTableReader {

    private enum Role { CODE, NAME, UNIT, BASELINE, OVERALL, YEAR, SECTION_TARGET, TRACKED, NOTE, IGNORE }

    private static final Pattern YEAR4 = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SUP = Pattern.compile("(?is)<sup>\\s*([^<]{1,10}?)\\s*</sup>");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final Pattern SECTION_IN_NAME = Pattern.compile("^([IVX]{1,5})\\s*[.\\-–)]\\s*(\\S.*)$");
    private static final Pattern TARGET_IN_TEXT = Pattern.compile(
            "(?:(?:chiếm|đạt|là)\\s+)?((?:tối thiểu|ít nhất|trên|dưới|tối đa|không quá|không dưới|từ)\\s+)?(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPTION_YEAR = Pattern.compile("(?:den|dat|toi) nam ((?:19|20)\\d{2})|giai doan (?:19|20)\\d{2}\\s*-\\s*((?:19|20)\\d{2})");

    private IndicatorTableReader() {
    }

    /** Mutable indicator while rows are read. */
    private static final class Builder {
        String code;
        String section;
        String name;
        String unit;
        Baseline baseline;
        final TreeMap<Integer, Target> targets = new TreeMap<>();
        List<String> trackedBy = List.of();
        boolean trackedByInferred;
        final List<String> footnotes = new ArrayList<>();
        final List<Builder> children = new ArrayList<>();
        String sourceText;
        int line;
        OverallTarget overall;

        Indicator build() {
            List<Indicator> kids = new ArrayList<>();
            for (Builder b : children) {
                kids.add(b.build());
            }
            List<Target> ts = new ArrayList<>(targets.values());
            return new Indicator(code, section, name, unit, valueType(unit, baseline, ts), direction(name, ts), baseline,
                    ts, overall, measure(overall, ts), trackedBy, trackedByInferred, footnotes, kids, false, sourceText, line);
        }
    }

    public static List<Indicator> read(List<String> lines, List<ReadWarning> warnings) {
        Reading reading = new Reading(TableScanner.footnotes(lines), warnings);
        for (TableScanner.Block block : TableScanner.scan(lines)) {
            if (block.kind() == TableScanner.Kind.INDICATOR) {
                reading.captionYear = captionYear(lines, block.headerLine());
                reading.readBlock(block);
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (Builder b : reading.top) {
            out.add(b.build());
        }
        return out;
    }

    /** The state of one read: the section we are in (it runs on across tables) and the current table's layout. */
    private static final class Reading {

        private final Map<String, String> notes;
        private final List<ReadWarning> warnings;
        private final List<Builder> top = new ArrayList<>();
        private final Map<String, Builder> byCode = new LinkedHashMap<>();
        private String section;
        private String sectionRoman;
        private Integer sectionYear;
        // the current table: its column roles and years, and what its rows carry down
        private Role[] roles;
        private int[] years;
        private Integer baselineYear;
        private List<String> carryTracked;
        private Builder lastTop;
        private Integer captionYear;

        Reading(Map<String, String> notes, List<ReadWarning> warnings) {
            this.notes = notes;
            this.warnings = warnings;
        }

        void readBlock(TableScanner.Block block) {
            roles = new Role[Math.max(block.header().size(), block.header2().size())];
            years = new int[roles.length];
            layout(block, roles, years);
            baselineYear = null;
            for (int i = 0; i < roles.length; i++) {
                if (roles[i] == Role.BASELINE) {
                    baselineYear = years[i];
                }
            }
            carryTracked = null;
            lastTop = null;
            for (TableScanner.Row row : block.rows()) {
                readRow(row);
            }
        }

        private void readRow(TableScanner.Row row) {
            String code = TableScanner.cell(row, roles, Role.CODE);
            String name = TableScanner.cell(row, roles, Role.NAME);
            if (Text.isRoman(code) && !name.isEmpty() && row.blankExcept(TableScanner.index(roles, Role.CODE), TableScanner.index(roles, Role.NAME))) {
                enterSection(code, name);
                return;
            }
            Matcher sec = SECTION_IN_NAME.matcher(name);
            if (code.isEmpty() && sec.matches() && row.blankExcept(TableScanner.index(roles, Role.CODE), TableScanner.index(roles, Role.NAME))) {
                enterSection(sec.group(1), sec.group(2).strip());
                return;
            }
            if (code.isEmpty() && name.isEmpty()) {
                if (!row.blankExcept()) {
                    warnings.add(new ReadWarning(row.line(), "Hàng chỉ tiêu không có tên; bỏ qua"));
                }
                return;
            }
            Builder b = readIndicator(row, name);
            if (place(b, code, row.line())) {
                if (byCode.containsKey(b.code)) {
                    String old = b.code;
                    b.code = b.code + "-" + row.line();
                    warnings.add(new ReadWarning(row.line(), "Mã chỉ tiêu " + old + " bị trùng; đổi thành " + b.code));
                }
                byCode.put(b.code, b);
            }
        }

        /** A section row ("I  Đến năm 2030"): its year is the default year of the targets below it. */
        private void enterSection(String code, String name) {
            section = name;
            sectionRoman = code;
            Matcher y = YEAR4.matcher(name);
            sectionYear = null;
            while (y.find()) {
                sectionYear = Integer.valueOf(y.group(1)); // "Giai đoạn 2025–2027": targets for the period's end year
            }
            carryTracked = null;
            lastTop = null;
        }

        /** The indicator of one row: name, unit, footnotes, baseline, targets and tracking bodies (no code yet). */
        private Builder readIndicator(TableScanner.Row row, String name) {
            Builder b = new Builder();
            b.section = section;
            b.name = name.replaceAll("\\s*[:]$", "");
            b.unit = Text.nullIfBlank(TableScanner.cell(row, roles, Role.UNIT));
            b.line = row.line();
            b.sourceText = String.join(" | ", row.cells());
            footnotes(row, notes, b, warnings);
            Integer defaultYear = sectionYear != null ? sectionYear : maxYear(roles, years);
            defaultYear = defaultYear != null ? defaultYear : captionYear;
            readValues(row, roles, years, baselineYear, defaultYear, b, warnings);
            if (b.targets.isEmpty() && b.unit == null && defaultYear != null) {
                targetInName(b, defaultYear);
            }
            readTrackedBy(row, b);
            return b;
        }

        /** The tracking bodies; a blank cell continues the row above within the table. */
        private void readTrackedBy(TableScanner.Row row, Builder b) {
            int tIdx = TableScanner.index(roles, Role.TRACKED);
            if (tIdx < 0) {
                return;
            }
            String t = row.cell(tIdx);
            if (!t.isEmpty()) {
                b.trackedBy = BodyListParser.split(t);
                carryTracked = b.trackedBy;
            } else if (carryTracked != null) {
                b.trackedBy = carryTracked;
                b.trackedByInferred = true;
            } else {
                warnings.add(new ReadWarning(row.line(), "Ô cơ quan chủ trì theo dõi, đánh giá trống"));
            }
        }

        /**
         * Gives the indicator its code and puts it at the top level or under its parent; false when it is the
         * same indicator as one of an earlier section and was merged into that one.
         */
        private boolean place(Builder b, String code, int line) {
            String prefix = sectionRoman == null ? "" : sectionRoman + ".";
            if (code.matches("\\d{1,3}")) {
                b.code = prefix + Integer.parseInt(code);
                Builder same = sameIndicator(top, b);
                if (same != null) {
                    mergeInto(same, b, line, warnings);
                    lastTop = same;
                    return false;
                }
                top.add(b);
                lastTop = b;
            } else if (code.matches("\\d{1,3}(\\.\\d{1,3})+")) {
                String parentCode = prefix + code.substring(0, code.lastIndexOf('.'));
                Builder parent = byCode.get(parentCode);
                b.code = prefix + code;
                if (parent == null) {
                    warnings.add(new ReadWarning(line, "Không thấy chỉ tiêu cha " + parentCode + " của " + b.code));
                    top.add(b);
                } else {
                    parent.children.add(b);
                }
            } else if (lastTop != null) {
                int n = lastTop.children.size();
                String suffix = code.isEmpty() ? String.valueOf(LETTERS.charAt(Math.min(n, 25)))
                        : code.replaceAll("[^\\p{L}\\d]", "");
                b.code = lastTop.code + "." + suffix;
                lastTop.children.add(b);
            } else {
                b.code = prefix + (code.isEmpty() ? String.valueOf(top.size() + 1) : code);
                warnings.add(new ReadWarning(line, "Chỉ tiêu không có số thứ tự; gán mã " + b.code));
                top.add(b);
                lastTop = b;
            }
            return true;
        }
    }

    private static void layout(TableScanner.Block block, Role[] roles, int[] years) {
        boolean nameSeen = false;
        for (int i = 0; i < roles.length; i++) {
            String a = i < block.header().size() ? block.header().get(i) : "";
            String b = i < block.header2().size() ? block.header2().get(i) : "";
            String la = a.toLowerCase(Locale.ROOT);
            Role r;
            if (b.matches("\\d{4}")) {
                r = Role.YEAR;
                years[i] = Integer.parseInt(b);
            } else if (a.matches("\\d{4}")) {
                r = Role.YEAR;
                years[i] = Integer.parseInt(a);
            } else if (i == 0) {
                r = Role.CODE;
            } else if (la.contains("cơ quan") || la.contains("theo dõi") || la.contains("chủ trì")) {
                r = Role.TRACKED;
            } else if (la.startsWith("đơn vị") || la.equals("đvt")) {
                r = Role.UNIT;
            } else if (la.contains("kết quả") || la.contains("hiện trạng") || la.contains("thực hiện năm")) {
                Matcher y = YEAR4.matcher(a);
                if (y.find()) {
                    r = Role.BASELINE;
                    years[i] = Integer.parseInt(y.group(1));
                } else {
                    r = Role.SECTION_TARGET;
                }
            } else if (la.contains("ghi chú")) {
                r = Role.NOTE;
            } else if (la.contains("chỉ tiêu") || la.contains("nội dung")) {
                r = nameSeen ? Role.OVERALL : Role.NAME;
                nameSeen = true;
            } else {
                r = Role.IGNORE;
            }
            roles[i] = r;
        }
    }

    private static void readValues(TableScanner.Row row, Role[] roles, int[] years, Integer baselineYear,
                                   Integer defaultYear, Builder b, List<ReadWarning> warnings) {
        boolean anyValue = false;
        TargetParser.Parsed overall = null;
        for (int i = 0; i < roles.length; i++) {
            String c = row.cell(i);
            if (c.isEmpty()) {
                continue;
            }
            switch (roles[i]) {
                case BASELINE -> {
                    anyValue = true;
                    TargetParser.Parsed p = parse(c, row.line(), warnings);
                    b.baseline = new Baseline(baselineYear, p.text(), p.value());
                }
                case YEAR -> {
                    anyValue = true;
                    b.targets.put(years[i], parse(c, row.line(), warnings).toTarget(years[i]));
                }
                case OVERALL -> {
                    anyValue = true;
                    overall = parse(c, row.line(), warnings);
                }
                case SECTION_TARGET -> {
                    anyValue = true;
                    if (defaultYear == null) {
                        warnings.add(new ReadWarning(row.line(), "Không rõ năm của chỉ tiêu \"" + c + "\""));
                    } else {
                        b.targets.put(defaultYear, parse(c, row.line(), warnings).toTarget(defaultYear));
                    }
                }
                default -> {
                }
            }
        }
        if (overall != null) {
            applyOverall(overall, defaultYear, b, row.line(), warnings);
        }
        if (!anyValue && b.unit != null) {
            readTargetInUnitColumn(defaultYear, b, row.line(), warnings);
        }
    }

    /** "Kinh tế số chiếm 45% GRDP", "… đạt tối thiểu 40%", "… đạt trên 60%": the target written inside the name. */
    private static void targetInName(Builder b, int year) {
        Matcher m = TARGET_IN_TEXT.matcher(b.name);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        if (last == null) {
            return;
        }
        java.math.BigDecimal value = vn.tiendo.programme.VietnameseNumber.parse(last.group(2));
        if (value == null) {
            return;
        }
        String words = Text.fold(last.group(1) == null ? "" : last.group(1));
        Comparator c = words.contains("toi thieu") || words.contains("it nhat") || words.contains("khong duoi") ? Comparator.GE
                : words.contains("tren") ? Comparator.GT : words.contains("duoi") ? Comparator.LT
                : words.contains("toi da") || words.contains("khong qua") ? Comparator.LE : Comparator.EQ;
        String text = last.group().strip();
        b.targets.put(year, new Target(year, text, c, value));
        b.overall = new OverallTarget(text, c, value, null, year);
        if (b.unit == null) {
            b.unit = "%";
        }
    }

    /** The year a table's caption names ("… ĐẾN NĂM 2030", "giai đoạn 2026 - 2030"): its last year, or null. */
    static Integer captionYear(List<String> lines, int headerLine) {
        for (int i = headerLine - 2; i >= Math.max(0, headerLine - 12); i--) {
            String l = lines.get(i);
            if (l.indexOf('\t') >= 0) {
                break;
            }
            Matcher y = CAPTION_YEAR.matcher(Text.fold(l));
            Integer found = null;
            while (y.find()) {
                found = Integer.valueOf(y.group(y.group(2) != null ? 2 : 1));
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Cumulative when the overall target is the sum of two or more yearly targets (4.700 a year, 23.500 in total). */
    static Measure measure(OverallTarget overall, List<Target> targets) {
        if (overall == null || overall.value() == null || targets.size() < 2) {
            return Measure.YEARLY;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Target t : targets) {
            if (t.value() == null) {
                return Measure.YEARLY;
            }
            sum = sum.add(t.value());
        }
        return sum.compareTo(overall.value()) == 0 ? Measure.CUMULATIVE : Measure.YEARLY;
    }

    /** The overall target ("Chỉ tiêu" column) is the target of the default year unless a year column gives one. */
    private static void applyOverall(TargetParser.Parsed overall, Integer defaultYear, Builder b, int line,
                                     List<ReadWarning> warnings) {
        b.overall = new OverallTarget(overall.text(), overall.comparator(), overall.value(), null, defaultYear);
        if (defaultYear == null) {
            warnings.add(new ReadWarning(line, "Không rõ năm của chỉ tiêu chung \"" + overall.text() + "\""));
            return;
        }
        Target year = b.targets.get(defaultYear);
        if (year == null) {
            b.targets.put(defaultYear, overall.toTarget(defaultYear));
        } else if (measure(b.overall, new ArrayList<>(b.targets.values())) == Measure.CUMULATIVE) {
            // the total over the year columns (4.700 a year, 23.500 over 2026–2030): consistent, and it says the period
            b.overall = new OverallTarget(overall.text(), overall.comparator(), overall.value(), b.targets.firstKey(),
                    b.targets.lastKey());
        } else if (!consistent(overall, year)) {
            warnings.add(new ReadWarning(line, "Chỉ tiêu chung \"" + overall.text() + "\" khác chỉ tiêu năm "
                    + defaultYear + " \"" + year.text() + "\"; dùng giá trị của cột năm " + defaultYear));
        }
    }

    /** A row without values: rows 7–9 of 05-CTr/TU have their qualitative target in the unit column. */
    private static void readTargetInUnitColumn(Integer defaultYear, Builder b, int line, List<ReadWarning> warnings) {
        if (b.unit.length() > 15 && defaultYear != null) {
            TargetParser.Parsed p = parse(b.unit, line, warnings);
            b.targets.put(defaultYear, p.toTarget(defaultYear));
            b.unit = null;
        } else {
            warnings.add(new ReadWarning(line, "Chỉ tiêu \"" + TargetParser.abbreviate(b.name) + "\" không có giá trị"));
        }
    }

    private static boolean consistent(TargetParser.Parsed overall, Target year) {
        if (overall.value() != null && year.value() != null) {
            Comparator c = overall.comparator() == null ? Comparator.EQ : overall.comparator();
            return c.satisfied(year.value(), overall.value());
        }
        if (overall.value() == null && year.value() == null) {
            return Text.fold(overall.text()).equals(Text.fold(year.text()));
        }
        return false;
    }

    private static TargetParser.Parsed parse(String cell, int line, List<ReadWarning> warnings) {
        TargetParser.Parsed p = TargetParser.parse(cell);
        if (p.warning() != null) {
            warnings.add(new ReadWarning(line, p.warning()));
        }
        return p;
    }

    private static void footnotes(TableScanner.Row row, Map<String, String> notes, Builder b, List<ReadWarning> warnings) {
        for (String raw : row.raw()) {
            Matcher m = SUP.matcher(raw);
            while (m.find()) {
                String n = m.group(1).strip();
                String text = notes.get(n);
                if (text == null) {
                    warnings.add(new ReadWarning(row.line(), "Không tìm thấy nội dung chú thích " + n));
                    b.footnotes.add("(" + n + ")");
                } else {
                    b.footnotes.add(text);
                }
            }
        }
    }

    /** An indicator of an earlier section with the same name (e.g. "Trường đạt chuẩn quốc gia" in II). */
    private static Builder sameIndicator(List<Builder> top, Builder b) {
        String key = nameKey(b.name);
        for (Builder t : top) {
            if (nameKey(t.name).equals(key) && !java.util.Objects.equals(t.section, b.section)) {
                return t;
            }
        }
        return null;
    }

    private static String nameKey(String name) {
        String f = Text.fold(name);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static void mergeInto(Builder into, Builder from, int line, List<ReadWarning> warnings) {
        for (Map.Entry<Integer, Target> e : from.targets.entrySet()) {
            if (into.targets.containsKey(e.getKey())) {
                warnings.add(new ReadWarning(line, "Chỉ tiêu " + into.code + " đã có mục tiêu năm " + e.getKey() + "; bỏ qua \""
                        + e.getValue().text() + "\""));
            } else {
                into.targets.put(e.getKey(), e.getValue());
            }
        }
        if (into.unit == null) {
            into.unit = from.unit;
        }
        into.footnotes.addAll(from.footnotes);
    }

    private static Integer maxYear(Role[] roles, int[] years) {
        Integer max = null;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.YEAR && (max == null || years[i] > max)) {
                max = years[i];
            }
        }
        return max;
    }

    /** Kind of value from the unit and the targets (see docs/programme-json.md). */
    static ValueType valueType(String unit, Baseline baseline, List<Target> targets) {
        String u = unit == null ? "" : Text.fold(unit);
        if (u.contains("thu bac") || u.contains("xep hang") || u.equals("hang")) {
            return ValueType.RANK;
        }
        boolean numeric = targets.stream().anyMatch(t -> t.value() != null);
        if (numeric) {
            if (u.contains("%")) {
                return ValueType.PERCENT;
            }
            if (u.matches("(truong|xa|phuong|co so|don vi|huyen|lop|diem truong)")) {
                return ValueType.COUNT;
            }
            return ValueType.NUMBER;
        }
        if (!targets.isEmpty() && targets.stream().allMatch(t -> TargetParser.isYesNo(t.text()))) {
            return ValueType.YES_NO;
        }
        return ValueType.TEXT;
    }

    /** Lower is better when the name says so ("giảm", "bỏ học", "bất bình đẳng") or a target is "< x". */
    static Direction direction(String name, List<Target> targets) {
        String n = " " + Text.fold(name) + " ";
        if (n.contains(" giam ") || n.contains("bo hoc") || n.contains("bat binh dang") || n.contains("mu chu")
                || n.contains("suy dinh duong") || n.contains("luu ban")) {
            return Direction.LOWER;
        }
        for (Target t : targets) {
            if (t.comparator() == Comparator.LT || t.comparator() == Comparator.LE) {
                return Direction.LOWER;
            }
        }
        return Direction.HIGHER;
    }
}
