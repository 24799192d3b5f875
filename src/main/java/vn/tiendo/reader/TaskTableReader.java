package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;

/**
 * Reads the task tables (Phụ lục nhiệm vụ): TT, Nhiệm vụ / Tên nhiệm vụ, Cơ quan chủ trì, Cơ quan phối
 * hợp/tham mưu, Thời gian (thực hiện), Ghi chú. Group rows ("A", "B", "I", "I- Nhóm nhiệm vụ …") set the
 * group; codes are letter.roman.number ("B.I.1", "A.1", "IV.21"), unique within the programme.
 */
public final class TaskTableReader {

    private enum Role { CODE, TITLE, LEAD, COORDINATING, TIME, DELIVERABLE, NOTE, IGNORE }

    private static final Pattern MERGED_GROUP = Pattern.compile("^([IVX]{1,6}|[A-H])\\s*[-.–:)]\\s*(.+)$");

    private TaskTableReader() {
    }

    public static List<Task> read(List<String> lines, List<ReadWarning> warnings) {
        Reading reading = new Reading(warnings);
        for (TableScanner.Block block : TableScanner.scan(lines)) {
            if (block.kind() == TableScanner.Kind.TASK) {
                reading.readBlock(block);
            }
        }
        return reading.tasks;
    }

    /** The state of one read: the group we are in (it runs on across tables) and what each table carries down. */
    private static final class Reading {

        private final List<ReadWarning> warnings;
        private final List<Task> tasks = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        private final Map<String, Integer> romanSeen = new HashMap<>();
        private String letter;
        private String roman;
        private String group;
        // the current table: its column roles and the cells a merged row continues
        private Role[] roles;
        private List<String> carryLead;
        private List<String> carryCoord;
        private Timeframe carryTime;
        private int inGroup;

        Reading(List<ReadWarning> warnings) {
            this.warnings = warnings;
        }

        void readBlock(TableScanner.Block block) {
            roles = layout(block.header());
            startGroup();
            for (TableScanner.Row row : block.rows()) {
                readRow(row);
            }
        }

        private void readRow(TableScanner.Row row) {
            String code = normCode(TableScanner.cell(row, roles, Role.CODE));
            String title = TableScanner.cell(row, roles, Role.TITLE);
            if (readGroupRow(row, code, title)) {
                return;
            }
            if (code.isEmpty() && continuesPrevious(row, title)) {
                joinToPrevious(row);
                return;
            }
            if (title.isEmpty()) {
                if (!row.blankExcept()) {
                    warnings.add(new ReadWarning(row.line(), "Hàng nhiệm vụ không có nội dung; bỏ qua"));
                }
                return;
            }
            readTaskRow(row, code, title);
        }

        /**
         * A row without a number continuing the task above after a page break: its lead cell is blank and its text
         * goes on mid-sentence (starts in lower case, or the task above does not end with a full stop).
         */
        private boolean continuesPrevious(TableScanner.Row row, String title) {
            if (inGroup == 0 || tasks.isEmpty() || !TableScanner.cell(row, roles, Role.LEAD).isEmpty()) {
                return false;
            }
            Task last = tasks.get(tasks.size() - 1);
            String first = title.isEmpty() ? firstNonEmpty(row) : title;
            return !first.isEmpty() && (Character.isLowerCase(first.codePointAt(0)) || first.startsWith("(")
                    || !last.title().strip().endsWith("."));
        }

        private static String firstNonEmpty(TableScanner.Row row) {
            return row.cells().stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
        }

        /** Appends each cell of a continuation row to the same column of the task above. */
        private void joinToPrevious(TableScanner.Row row) {
            Task t = tasks.remove(tasks.size() - 1);
            String title = join(t.title(), TableScanner.cell(row, roles, Role.TITLE));
            String coordCell = TableScanner.cell(row, roles, Role.COORDINATING);
            List<String> coord = t.coordinating();
            if (!coordCell.isEmpty() && !coord.isEmpty() && Character.isLowerCase(coordCell.codePointAt(0))) {
                List<String> joined = new ArrayList<>(coord);
                List<String> more = BodyListParser.split(coordCell);
                joined.set(joined.size() - 1, join(joined.get(joined.size() - 1), coordCell.split("[,;]")[0].strip()));
                joined.addAll(more.subList(Math.min(1, more.size()), more.size()));
                coord = joined;
            } else if (!coordCell.isEmpty()) {
                coord = new ArrayList<>(coord);
                coord.addAll(BodyListParser.split(coordCell));
            }
            String deliverable = t.deliverable();
            String d = TableScanner.cell(row, roles, Role.DELIVERABLE);
            if (!d.isEmpty()) {
                deliverable = deliverable == null ? d : join(deliverable, d);
            }
            tasks.add(new Task(t.code(), t.group(), title, t.lead(), t.leadInferred(), coord, t.timeframe(), deliverable,
                    t.note(), false, t.sourceLine()));
        }

        private static String join(String a, String b) {
            return b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
        }

        /** A group row ("B", "II", or merged "I- Nhóm nhiệm vụ …") starts a group; true when the row is one. */
        private boolean readGroupRow(TableScanner.Row row, String code, String title) {
            // a stray cell (text of the task above carried over a page break) does not stop a group row
            boolean othersBlank = TableScanner.cell(row, roles, Role.LEAD).isEmpty()
                    && TableScanner.cell(row, roles, Role.COORDINATING).isEmpty()
                    && (row.cells().size() > 1 || row.blankExcept(0));
            String groupCode = null;
            String groupTitle = null;
            if (othersBlank && !title.isEmpty() && (code.matches("[A-H]") || Text.isRoman(code))) {
                groupCode = code;
                groupTitle = title;
            } else if (othersBlank && title.isEmpty()) {
                Matcher m = MERGED_GROUP.matcher(code);
                if (m.matches()) {
                    groupCode = m.group(1);
                    groupTitle = m.group(2).strip();
                }
            }
            if (groupCode == null) {
                return false;
            }
            enterGroup(groupCode, groupTitle, row.line());
            return true;
        }

        private void enterGroup(String groupCode, String groupTitle, int line) {
            if (groupCode.matches("[A-H]")) {
                letter = groupCode;
                roman = null;
                romanSeen.clear();
            } else {
                Integer seen = romanSeen.put(groupCode, line);
                if (seen != null) {
                    warnings.add(new ReadWarning(line, "Nhóm nhiệm vụ \"" + groupCode + "\" lặp lại (đã có ở dòng "
                            + seen + "); mã nhiệm vụ vẫn dùng số thứ tự nên không trùng"));
                }
                roman = groupCode;
            }
            group = groupTitle;
            startGroup();
        }

        private void startGroup() {
            carryLead = null;
            carryCoord = null;
            carryTime = null;
            inGroup = 0;
        }

        /** A task row; a blank lead cell means a merged cell continuing the row above (lead, coordinating, time). */
        private void readTaskRow(TableScanner.Row row, String code, String title) {
            inGroup++;
            String taskCode = taskCode(code, row.line());
            String leadCell = TableScanner.cell(row, roles, Role.LEAD);
            boolean merged = leadCell.isEmpty() && carryLead != null;
            List<String> lead = lead(leadCell, merged, row.line());
            List<String> coord = coordinating(TableScanner.cell(row, roles, Role.COORDINATING), merged);
            Timeframe tf = timeframe(TableScanner.cell(row, roles, Role.TIME), merged, row.line());
            carryLead = lead.isEmpty() ? carryLead : lead;
            carryCoord = coord;
            carryTime = tf;
            String note = Text.nullIfBlank(TableScanner.cell(row, roles, Role.NOTE));
            String deliverable = Text.nullIfBlank(TableScanner.cell(row, roles, Role.DELIVERABLE));
            tasks.add(new Task(taskCode, group, title, lead, merged, coord, tf, deliverable, note, false, row.line()));
        }

        /** letter.roman.number ("B.I.1"), made unique with the line number when it is already taken. */
        private String taskCode(String code, int line) {
            String number = code.isEmpty() ? String.valueOf(inGroup) : code.replaceAll("[.)\\s]+$", "");
            StringBuilder c = new StringBuilder();
            if (letter != null) {
                c.append(letter).append('.');
            }
            if (roman != null) {
                c.append(roman).append('.');
            }
            c.append(number);
            String taskCode = c.toString();
            if (!codes.add(taskCode)) {
                String old = taskCode;
                taskCode = taskCode + "-" + line;
                codes.add(taskCode);
                warnings.add(new ReadWarning(line, "Mã nhiệm vụ " + old + " bị trùng; đổi thành " + taskCode));
            }
            return taskCode;
        }

        private List<String> lead(String leadCell, boolean merged, int line) {
            if (!leadCell.isEmpty()) {
                return BodyListParser.split(leadCell);
            }
            if (merged) {
                return carryLead;
            }
            if (TableScanner.index(roles, Role.LEAD) >= 0) {
                warnings.add(new ReadWarning(line, "Ô cơ quan chủ trì trống"));
            }
            return List.of();
        }

        private List<String> coordinating(String coordCell, boolean merged) {
            if (!coordCell.isEmpty()) {
                return BodyListParser.split(coordCell);
            }
            return merged && carryCoord != null ? carryCoord : List.of();
        }

        private Timeframe timeframe(String timeCell, boolean merged, int line) {
            if (!timeCell.isEmpty()) {
                TimeframeParser.Result r = TimeframeParser.parse(timeCell);
                if (r.warning() != null) {
                    warnings.add(new ReadWarning(line, r.warning()));
                }
                return r.timeframe();
            }
            if (merged && carryTime != null) {
                return carryTime;
            }
            if (TableScanner.index(roles, Role.TIME) >= 0) {
                warnings.add(new ReadWarning(line, "Ô thời gian thực hiện trống"));
            }
            return null;
        }
    }

    /** "1." → "1", "**I.**" → "I", "5.1.1." → "5.1.1". */
    static String normCode(String code) {
        return code.replaceAll("[.)\\s]+$", "").strip();
    }

    private static Role[] layout(List<String> header) {
        Role[] roles = new Role[header.size()];
        for (int i = 0; i < roles.length; i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if (i == 0) {
                roles[i] = Role.CODE;
            } else if (h.contains("phối hợp") || h.contains("tham mưu")) {
                roles[i] = Role.COORDINATING;
            } else if (h.contains("chủ trì") || h.contains("thực hiện") && (h.contains("đơn vị") || h.contains("cơ quan"))) {
                roles[i] = Role.LEAD;
            } else if (h.contains("thời gian") || h.contains("thời hạn") || h.contains("tiến độ")) {
                roles[i] = Role.TIME;
            } else if (h.contains("sản phẩm") || h.contains("kết quả")) {
                roles[i] = Role.DELIVERABLE;
            } else if (h.contains("ghi chú")) {
                roles[i] = Role.NOTE;
            } else if (h.contains("nhiệm vụ") || h.contains("nội dung")) {
                roles[i] = Role.TITLE;
            } else {
                roles[i] = Role.IGNORE;
            }
        }
        return roles;
    }
}
