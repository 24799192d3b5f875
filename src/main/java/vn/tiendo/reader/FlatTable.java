package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds a task table that PDF text extraction flattened: every cell broken over several lines, one
 * cell after the other, with running page headers ("CÔNG BÁO/Số 242/Ngày 22-04-2026" and the page number)
 * inside rows. The header ("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", …, each word on its own line) gives the
 * columns; a row starts with its number alone on a line ("1.", "II."); within a row the title is the run of
 * wide lines, a lead or coordinating body begins with body vocabulary (Bộ, Ủy ban, Sở, UBND, Các bộ …), the
 * result begins with any other capitalised line, and the time frame is the trailing text that reads as one
 * ("Năm 2026", "Thực hiện thường xuyên", "2026 - 2030"). The rebuilt rows are written as tab-separated lines
 * at the line where each row starts, other lines of the table blanked, so line numbers stay those of the text.
 */
final class FlatTable {

    enum Col { CODE, TITLE, LEAD, COORD, RESULT, TIME }

    private static final Pattern HEADER_START = Pattern.compile("(?i)^\\s*(?:S[ốo]\\s*)?S?TT\\s*$");
    private static final Pattern ROW_START = Pattern.compile("^\\s*((?:\\d{1,3}(?:\\.\\d{1,3}){0,3}|[IVX]{1,6}|[A-H]))\\.\\s*$");
    private static final Pattern BARE_START = Pattern.compile("^\\s*(\\d{1,3}|[IVX]{1,6})\\s*$");
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "(?i)^\\s*(?:CÔNG BÁO\\b.*|Trang\\s+\\d+(?:\\s*/\\s*\\d+)?|Page\\s+\\d+.*|-\\s*\\d{1,4}\\s*-)\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern TABLE_END = Pattern.compile("^\\s*(?:Nơi nhận|TM\\.|KT\\.|PHỤ LỤC)\\b.*");
    private static final Pattern TIME_START = Pattern.compile(
            "(?iu)^(?:thực hiện|triển khai|thường xuyên|hằng năm|hàng năm|năm\\b|quý|quí|tháng|trước|trong (?:năm|quý|tháng)|"
                    + "giai đoạn|từ (?:năm|tháng|quý)|\\d{4}\\b|\\d{1,2}/\\d{4}).*");
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:Bộ(?:\\s+\\p{Lu}.*|\\s*,?\\s*)$|Các(?:\\s*$|\\s+(?:Bộ|bộ|cơ quan|địa phương|sở|ban|ngành|đơn vị|Ủy ban|UBND|tổ chức)\\b.*)|"
                    + "(?:Ủy ban|Uỷ ban|Ủy|UBND|Sở|Thanh tra|Ngân hàng|Văn phòng|Kiểm toán|Tòa án|Viện|Đài|Thông tấn|"
                    + "Mặt trận|Trung ương|Hội đồng|Hội Liên hiệp|Hội Nông dân|Liên đoàn|Công an|Cục|Tổng cục|Ban(?! hành)|Tỉnh ủy|"
                    + "Cơ quan|Chính phủ|VTV|VOV|TTXVN)\\b.*)");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?iu).*(?:[,;:&\\-–/(]|(?<!\\p{L})(?:và|với|của|các|về|cho|tại|"
            + "Việt|Bộ|Ủy|Uỷ|Ủy ban|Uỷ ban|Sở|Ban|Văn phòng|Thanh tra|Thủ tướng|Cơ quan|Tổng cục|Cục))\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,}(?:[\\s,;.&]|$).*");

    private FlatTable() {
    }

    /** The lines with every flattened task table rebuilt; the same list when there is none. */
    static List<String> rebuild(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!HEADER_START.matcher(lines.get(i)).matches() || lines.get(i).indexOf('\t') >= 0) {
                continue;
            }
            int firstRow = firstRow(lines, i + 1);
            if (firstRow < 0) {
                continue;
            }
            List<Col> cols = columns(lines.subList(i, firstRow));
            if (!cols.contains(Col.TITLE) || !cols.contains(Col.LEAD) && !cols.contains(Col.TIME)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            i = rebuildTable(out, lines, i, firstRow, cols) - 1;
        }
        return out == null ? lines : out;
    }

    /** The first row start within the next 25 lines after a header start, -1 when there is none. */
    private static int firstRow(List<String> lines, int from) {
        for (int j = from; j < Math.min(lines.size(), from + 25); j++) {
            String l = lines.get(j);
            if (l.indexOf('\t') >= 0) {
                return -1;
            }
            if (ROW_START.matcher(l).matches() || l.strip().equals("1") || l.strip().equals("I")) {
                return j;
            }
        }
        return -1;
    }

    /** The columns named by the header words, in order. */
    static List<Col> columns(List<String> headerLines) {
        String h = " " + Text.fold(String.join(" ", headerLines)) + " ";
        Map<Col, Integer> at = new HashMap<>();
        at.put(Col.CODE, 0);
        put(at, Col.TITLE, h, " nhiem vu ", " noi dung ", " cong viec ");
        put(at, Col.LEAD, h, " chu tri ", " don vi thuc hien ", " co quan thuc hien ");
        put(at, Col.COORD, h, " phoi hop ");
        put(at, Col.RESULT, h, " ket qua", " san pham ");
        put(at, Col.TIME, h, " thoi gian ", " thoi han ", " tien do ");
        List<Col> cols = new ArrayList<>(at.keySet());
        cols.sort((a, b) -> Integer.compare(at.get(a), at.get(b)));
        return cols;
    }

    private static void put(Map<Col, Integer> at, Col col, String header, String... words) {
        for (String w : words) {
            int p = header.indexOf(w);
            if (p >= 0 && (!at.containsKey(col) || p < at.get(col))) {
                at.put(col, p);
            }
        }
    }

    /** Rebuilds one table in {@code out}; returns the line after it. */
    private static int rebuildTable(List<String> out, List<String> lines, int header, int firstRow, List<Col> cols) {
        double wide = 0.6 * widest(lines, firstRow);
        StringBuilder head = new StringBuilder();
        for (Col c : cols) {
            head.append(head.isEmpty() ? "" : "\t").append(headerName(c));
        }
        for (int j = header; j < firstRow; j++) {
            out.set(j, "");
        }
        out.set(header, head.toString());
        int end = tableEnd(lines, firstRow);
        int start = firstRow;
        Numbering numbering = new Numbering();
        numbering.accepts(lines.get(firstRow));
        for (int j = firstRow + 1; j <= end; j++) {
            if (j == end || numbering.accepts(lines.get(j))) {
                FlatRow.write(out, lines, start, j, cols, wide);
                start = j;
            }
        }
        return end;
    }

    /**
     * Which lines start a row: a number or group numeral with its dot ("3.", "II."), or a bare one ("3", "II") only
     * when it is the next in sequence (after 2 comes 3; after a group, 1), so a lone figure in a cell is not taken.
     */
    static final class Numbering {
        private int last;
        private int lastGroup;

        boolean accepts(String line) {
            Matcher dotted = ROW_START.matcher(line);
            Matcher bare = BARE_START.matcher(line);
            String code = dotted.matches() ? dotted.group(1) : bare.matches() ? bare.group(1) : null;
            if (code == null) {
                return false;
            }
            boolean group = Text.isRoman(code) || code.matches("[A-H]");
            int value = group ? groupValue(code) : code.matches("\\d+") ? Integer.parseInt(code) : last + 1;
            if (!dotted.matches() && value != (group ? lastGroup + 1 : last + 1)) {
                return false;
            }
            if (group) {
                lastGroup = value;
                last = 0;
            } else {
                last = value;
            }
            return true;
        }

        private static int groupValue(String code) {
            if (code.matches("[A-H]")) {
                return code.charAt(0) - 'A' + 1;
            }
            int v = 0;
            int prev = 0;
            for (int i = code.length() - 1; i >= 0; i--) {
                int d = switch (code.charAt(i)) {
                    case 'I' -> 1;
                    case 'V' -> 5;
                    default -> 10;
                };
                v += d < prev ? -d : d;
                prev = Math.max(prev, d);
            }
            return v;
        }
    }

    private static String headerName(Col c) {
        return switch (c) {
            case CODE -> "TT";
            case TITLE -> "Tên nhiệm vụ";
            case LEAD -> "Cơ quan chủ trì";
            case COORD -> "Cơ quan phối hợp";
            case RESULT -> "Kết quả";
            case TIME -> "Thời hạn";
        };
    }

    private static int tableEnd(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.indexOf('\t') >= 0 || TABLE_END.matcher(l).matches() || HEADER_START.matcher(l).matches()) {
                return j;
            }
        }
        return lines.size();
    }

    private static int widest(List<String> lines, int from) {
        int max = 0;
        for (int j = from; j < Math.min(lines.size(), from + 400); j++) {
            max = Math.max(max, lines.get(j).strip().length());
        }
        return max;
    }

    /** A running page header or footer (and the page number printed with it). */
    static boolean isPageNoise(List<String> lines, int j) {
        String l = lines.get(j);
        if (RUNNING_HEADER.matcher(l).matches()) {
            return true;
        }
        return PAGE_NUMBER.matcher(l).matches() && j > 0 && RUNNING_HEADER.matcher(lines.get(j - 1)).matches();
    }

    static boolean bodyStart(String line) {
        return BODY_START.matcher(line.strip()).matches();
    }

    /** Text that begins a time frame: capitalised or a number, with time vocabulary ("Năm", "Quý", "Thực hiện thường xuyên"). */
    static boolean timeStart(String text) {
        String s = text.strip();
        return !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0)))
                && TIME_START.matcher(s).matches();
    }

    /** An abbreviation written in capitals ("PCPNN", "VTV", "UBND"): part of a list of bodies, not a result. */
    static boolean acronym(String line) {
        return ACRONYM.matcher(line.strip()).matches();
    }

    /** The line before ends in the middle of a phrase (a comma, "và", "của" …): the next line goes on with it. */
    static boolean continues(String previous) {
        return CONNECTOR_END.matcher(previous.strip()).matches();
    }

    static boolean startsUpper(String line) {
        String s = line.strip();
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }
}
