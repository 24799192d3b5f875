package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables of a document in its line representation: a table row is a line with tab-separated
 * cells. A row whose first cell is "TT"/"STT" is a header; the row right after it holding only years
 * ("2026 2027 …") is the second header line. A header identical to the one before (page break) continues
 * the same block; a different header or ordinary text ends it. Footnote lines ("<sup>1</sup> …") and
 * markdown separator rows ("----") do not end a block.
 */
final class TableScanner {

    enum Kind { INDICATOR, TASK, OTHER }

    /** One table row: its 1-based line, raw cells (with tags) and cleaned cells. */
    record Row(int line, List<String> raw, List<String> cells) {

        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        boolean blankExcept(int... keep) {
            for (int i = 0; i < cells.size(); i++) {
                final int c = i;
                if (Arrays.stream(keep).noneMatch(k -> k == c) && !cells.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A table block: header cells (two header lines merged per column) and data rows. */
    record Block(Kind kind, int headerLine, List<String> header, List<String> header2, List<Row> rows) {
    }

    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\s*(?:<sup>\\s*(\\d{1,3})\\s*</sup>|\\[\\^?(\\d{1,3})\\])\\s*(.+)$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern GROUP_LINE = Pattern.compile("^(?:[IVX]{1,6}|[A-H])\\s*[-.–:)]\\s*\\S.{2,300}$");

    private TableScanner() {
    }

    /** Column of the first cell with {@code role}, or -1. */
    static <R> int index(R[] roles, R role) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    /** The cell of {@code row} in the column with {@code role}, "" when there is none. */
    static <R> String cell(Row row, R[] roles, R role) {
        int i = index(roles, role);
        return i < 0 ? "" : row.cell(i);
    }

    static List<Block> scan(List<String> lines) {
        Blocks blocks = new Blocks();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') < 0) {
                String t = Text.clean(line);
                if (blocks.current != null && GROUP_LINE.matcher(t).matches() && nextIsRow(lines, i + 1)) {
                    blocks.add(row(i + 1, line)); // a group row merged across the table, written as a plain line
                } else if (!(t.isEmpty() || t.matches("-{3,}") || FOOTNOTE_DEF.matcher(line).matches())) {
                    blocks.end();
                }
                continue;
            }
            Row row = row(i + 1, line);
            if (row.cells().stream().allMatch(c -> c.isEmpty() || c.matches("[-:|]+"))) {
                continue;
            }
            blocks.add(row);
        }
        return blocks.blocks;
    }

    /** The next non-blank line is a table row. */
    private static boolean nextIsRow(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).indexOf('\t') >= 0;
            }
        }
        return false;
    }

    /** The blocks found so far and the one being read. */
    private static final class Blocks {
        private final List<Block> blocks = new ArrayList<>();
        private Block current;
        private String signature;
        private boolean afterHeader;

        /** Ordinary text ends the block. */
        void end() {
            current = null;
            signature = null;
            afterHeader = false;
        }

        void add(Row row) {
            String first = row.cell(0).toUpperCase(Locale.ROOT);
            if (first.equals("TT") || first.equals("STT") || first.equals("SỐ TT")) {
                header(row);
                return;
            }
            if (afterHeader && isSecondHeaderLine(row)) {
                if (current != null && current.header2().isEmpty()) {
                    current.header2().addAll(row.cells());
                }
                afterHeader = false;
                return;
            }
            afterHeader = false;
            if (current == null) {
                current = new Block(Kind.OTHER, row.line(), List.of(), new ArrayList<>(), new ArrayList<>());
                blocks.add(current);
                signature = null;
            }
            current.rows().add(row);
        }

        /** A header row starts a block, unless it repeats the current block's header after a page break. */
        private void header(Row row) {
            String sig = String.join("|", row.cells()).toLowerCase(Locale.ROOT);
            if (current != null && sig.equals(signature)) {
                afterHeader = true; // repeated header after a page break
                return;
            }
            current = new Block(kind(row.cells()), row.line(), row.cells(), new ArrayList<>(), new ArrayList<>());
            blocks.add(current);
            signature = sig;
            afterHeader = true;
        }
    }

    /** Footnote definitions anywhere in the text: number → text. */
    static Map<String, String> footnotes(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String l : lines) {
            if (l.indexOf('\t') >= 0) {
                continue;
            }
            Matcher m = FOOTNOTE_DEF.matcher(l);
            if (m.matches()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                map.putIfAbsent(n, Text.clean(m.group(3)));
            }
        }
        return map;
    }

    static Row row(int lineNo, String line) {
        String[] parts = line.split("\t", -1);
        List<String> raw = new ArrayList<>(parts.length);
        List<String> cells = new ArrayList<>(parts.length);
        for (String p : parts) {
            raw.add(p);
            cells.add(Text.clean(p));
        }
        // drop trailing empty cells beyond the first
        while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
            raw.remove(raw.size() - 1);
        }
        return new Row(lineNo, raw, cells);
    }

    private static boolean isSecondHeaderLine(Row row) {
        boolean year = false;
        for (String c : row.cells()) {
            if (c.isEmpty()) {
                continue;
            }
            if (YEAR.matcher(c).matches()) {
                year = true;
            } else {
                return false;
            }
        }
        return year;
    }

    private static Kind kind(List<String> header) {
        String h = Text.fold(String.join(" | ", header));
        if (h.contains("nhiem vu") || (h.contains("noi dung") || h.contains("cong viec"))
                && (h.contains("thoi gian") || h.contains("thoi han") || h.contains("chu tri"))) {
            return Kind.TASK;
        }
        if (h.contains("chi tieu")) {
            return Kind.INDICATOR;
        }
        return Kind.OTHER;
    }
}
