package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.reader.FlatTable.Col;

/**
 * One row of a flattened table (see {@link FlatTable}): its lines split into cells and written back as a
 * tab-separated line. A page break inside the row starts a continuation: its wide lines go on with the title,
 * its narrow ones with the coordinating bodies (the longest narrow column, the one that spills over).
 */
final class FlatRow {

    private static final Pattern ROW_START = Pattern.compile("^\\s*(\\S+?)\\.?\\s*$");
    private static final Pattern TERMINAL = Pattern.compile(".*[.;:!?…]\\s*$");

    /** A line of the row: where it is and its text. */
    private record Piece(int line, String text) {
    }

    private FlatRow() {
    }

    /** Writes the row that starts at {@code start} and ends before {@code end} into {@code out}. */
    static void write(List<String> out, List<String> lines, int start, int end, List<Col> cols, double wide) {
        Matcher m = ROW_START.matcher(lines.get(start));
        String code = m.matches() ? m.group(1) : "";
        List<List<Piece>> segments = segments(lines, start + 1, end);
        for (int j = start; j < end; j++) {
            out.set(j, "");
        }
        if (segments.isEmpty()) {
            return;
        }
        boolean group = code.matches("[A-H]") || Text.isRoman(code);
        if (group) {
            List<Piece> all = segments.stream().flatMap(List::stream).toList();
            out.set(start, code + ".\t" + join(all, 0, all.size()));
            return;
        }
        while (segments.size() > 1 && titleEnd(segments.get(0), wide, true) == segments.get(0).size()) {
            List<Piece> merged = new ArrayList<>(segments.remove(0)); // the page broke inside the title
            merged.addAll(segments.remove(0));
            segments.add(0, merged);
        }
        out.set(start, line(cols, code + ".", split(segments.get(0), cols, wide)));
        for (List<Piece> seg : segments.subList(1, segments.size())) {
            Map<Col, String> cont = continuation(seg, cols, wide);
            out.set(seg.get(0).line(), line(cols, "", cont));
        }
    }

    /** The row's non-blank lines, cut into segments at running page headers. */
    private static List<List<Piece>> segments(List<String> lines, int from, int to) {
        List<List<Piece>> segments = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (FlatTable.isPageNoise(lines, j)) {
                if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
            } else if (!lines.get(j).isBlank()) {
                current.add(new Piece(j, Text.clean(lines.get(j))));
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private static String line(List<Col> cols, String code, Map<Col, String> cells) {
        StringBuilder b = new StringBuilder();
        for (Col c : cols) {
            String cell = c == Col.CODE ? code : cells.getOrDefault(c, "");
            b.append(b.isEmpty() && c == cols.get(0) ? "" : "\t").append(cell.replace('\t', ' '));
        }
        return b.toString();
    }

    /** The first segment of a row: title, then the middle columns in order, then the time frame. */
    static Map<Col, String> split(List<Piece> seg, List<Col> cols, double wide) {
        Map<Col, String> cells = new EnumMap<>(Col.class);
        int titleEnd = titleEnd(seg, wide, true);
        cells.put(Col.TITLE, join(seg, 0, titleEnd));
        int timeStart = cols.contains(Col.TIME) ? timeStart(seg, titleEnd) : seg.size();
        if (timeStart < seg.size()) {
            cells.put(Col.TIME, join(seg, timeStart, seg.size()));
        }
        List<Col> middle = cols.stream().filter(c -> c == Col.LEAD || c == Col.COORD || c == Col.RESULT).toList();
        int from = titleEnd;
        for (int k = 0; k < middle.size() && from < timeStart; k++) {
            int to = k + 1 < middle.size() ? nextCell(seg, from, timeStart, middle.get(k + 1)) : timeStart;
            cells.put(middle.get(k), join(seg, from, to));
            from = to;
        }
        return cells;
    }

    /** After the wide lines of the title, at most two short lines that finish its sentence. */
    private static int titleEnd(List<Piece> seg, double wide, boolean first) {
        int lastWide = -1;
        for (int i = 0; i < seg.size(); i++) {
            if (seg.get(i).text().length() >= wide) {
                lastWide = i;
            } else if (!first) {
                break;
            }
        }
        int end = lastWide + 1;
        int extra = 0;
        while (end < seg.size() && extra < 2 && (end == 0 || !TERMINAL.matcher(seg.get(end - 1).text()).matches())) {
            if (bodyAt(seg, end) || end > 0 && FlatTable.timeStart(join(seg, end, seg.size()))
                    || !first && lastWide < 0) {
                break;
            }
            end++;
            extra++;
        }
        return end;
    }

    /** Where the trailing time frame begins: the first line from which the rest reads as one; else the end. */
    private static int timeStart(List<Piece> seg, int from) {
        for (int k = Math.max(from, 1); k < seg.size(); k++) {
            String rest = join(seg, k, seg.size());
            boolean number = Character.isDigit(rest.codePointAt(0));
            if (FlatTable.timeStart(rest) && (number || !FlatTable.continues(seg.get(k - 1).text()))
                    && TimeframeParser.parse(rest).warning() == null) {
                return k;
            }
        }
        for (int k = seg.size() - 1; k >= Math.max(from, 1); k--) {
            if (FlatTable.timeStart(join(seg, k, seg.size())) && !FlatTable.continues(seg.get(k - 1).text())) {
                return k;
            }
        }
        return seg.size();
    }

    /** The line where the cell of column {@code next} begins, or {@code to}. */
    private static int nextCell(List<Piece> seg, int from, int to, Col next) {
        for (int k = from + 1; k < to; k++) {
            String text = seg.get(k).text();
            if (FlatTable.continues(seg.get(k - 1).text())) {
                continue;
            }
            boolean body = bodyAt(seg, k);
            if (next == Col.RESULT ? FlatTable.startsUpper(text) && !body && !FlatTable.acronym(text) : body) {
                return k;
            }
        }
        return to;
    }

    /** A segment after a page break: wide lines go on with the title, the rest with the coordinating bodies. */
    private static Map<Col, String> continuation(List<Piece> seg, List<Col> cols, double wide) {
        Map<Col, String> cells = new EnumMap<>(Col.class);
        int titleEnd = titleEnd(seg, wide, false);
        cells.put(Col.TITLE, join(seg, 0, titleEnd));
        Col rest = cols.contains(Col.COORD) ? Col.COORD : cols.contains(Col.RESULT) ? Col.RESULT : Col.TITLE;
        if (titleEnd < seg.size()) {
            cells.merge(rest, join(seg, titleEnd, seg.size()), (a, b) -> a.isEmpty() ? b : a + " " + b);
        }
        return cells;
    }

    /** Line {@code k} begins a body's name, read with the line after it ("Thanh" + "tra Chính phủ"). */
    private static boolean bodyAt(List<Piece> seg, int k) {
        return k < seg.size() && FlatTable.bodyStart(join(seg, k, Math.min(seg.size(), k + 2)));
    }

    private static String join(List<Piece> seg, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = seg.get(i).text();
            if (!b.isEmpty()) {
                b.append(b.charAt(b.length() - 1) == '-' && Character.isDigit(t.charAt(0)) ? "" : " ");
            }
            b.append(t);
        }
        return b.toString().strip();
    }
}
