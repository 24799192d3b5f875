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

    private enum Role { CODE, TITLE, LEAD, COORDINATING, TIME, NOTE, IGNORE }

    private static final Pattern MERGED_GROUP = Pattern.compile("^([IVX]{1,6}|[A-H])\\s*[-.–:)]\\s*(.+)$");

    private TaskTableReader() {
    }

    public static List<Task> read(List<String> lines, List<ReadWarning> warnings) {
        List<Task> tasks = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String letter = null;
        String roman = null;
        String group = null;
        Map<String, Integer> romanSeen = new HashMap<>();
        for (TableScanner.Block block : TableScanner.scan(lines)) {
            if (block.kind() != TableScanner.Kind.TASK) {
                continue;
            }
            Role[] roles = layout(block.header());
            List<String> carryLead = null;
            List<String> carryCoord = null;
            Timeframe carryTime = null;
            int inGroup = 0;
            for (TableScanner.Row row : block.rows()) {
                String code = TableScanner.cell(row, roles, Role.CODE);
                String title = TableScanner.cell(row, roles, Role.TITLE);
                boolean othersBlank = row.blankExcept(TableScanner.index(roles, Role.CODE), TableScanner.index(roles, Role.TITLE));
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
                if (groupCode != null) {
                    if (groupCode.matches("[A-H]")) {
                        letter = groupCode;
                        roman = null;
                        romanSeen.clear();
                    } else {
                        Integer seen = romanSeen.put(groupCode, row.line());
                        if (seen != null) {
                            warnings.add(new ReadWarning(row.line(), "Nhóm nhiệm vụ \"" + groupCode + "\" lặp lại (đã có ở dòng "
                                    + seen + "); mã nhiệm vụ vẫn dùng số thứ tự nên không trùng"));
                        }
                        roman = groupCode;
                    }
                    group = groupTitle;
                    carryLead = null;
                    carryCoord = null;
                    carryTime = null;
                    inGroup = 0;
                    continue;
                }
                if (title.isEmpty()) {
                    if (!row.blankExcept()) {
                        warnings.add(new ReadWarning(row.line(), "Hàng nhiệm vụ không có nội dung; bỏ qua"));
                    }
                    continue;
                }
                inGroup++;
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
                    taskCode = taskCode + "-" + row.line();
                    codes.add(taskCode);
                    warnings.add(new ReadWarning(row.line(), "Mã nhiệm vụ " + old + " bị trùng; đổi thành " + taskCode));
                }
                // lead, coordinating, time: a blank lead means a merged cell continuing the row above
                String leadCell = TableScanner.cell(row, roles, Role.LEAD);
                String coordCell = TableScanner.cell(row, roles, Role.COORDINATING);
                String timeCell = TableScanner.cell(row, roles, Role.TIME);
                boolean merged = leadCell.isEmpty() && carryLead != null;
                List<String> lead;
                boolean leadInferred = false;
                if (!leadCell.isEmpty()) {
                    lead = BodyListParser.split(leadCell);
                } else if (carryLead != null) {
                    lead = carryLead;
                    leadInferred = true;
                } else {
                    lead = List.of();
                    if (TableScanner.index(roles, Role.LEAD) >= 0) {
                        warnings.add(new ReadWarning(row.line(), "Ô cơ quan chủ trì trống"));
                    }
                }
                List<String> coord;
                if (!coordCell.isEmpty()) {
                    coord = BodyListParser.split(coordCell);
                } else if (merged && carryCoord != null) {
                    coord = carryCoord;
                } else {
                    coord = List.of();
                }
                Timeframe tf;
                if (!timeCell.isEmpty()) {
                    TimeframeParser.Result r = TimeframeParser.parse(timeCell);
                    tf = r.timeframe();
                    if (r.warning() != null) {
                        warnings.add(new ReadWarning(row.line(), r.warning()));
                    }
                } else if (merged && carryTime != null) {
                    tf = carryTime;
                } else {
                    tf = null;
                    if (TableScanner.index(roles, Role.TIME) >= 0) {
                        warnings.add(new ReadWarning(row.line(), "Ô thời gian thực hiện trống"));
                    }
                }
                carryLead = lead.isEmpty() ? carryLead : lead;
                carryCoord = coord;
                carryTime = tf;
                String note = Text.nullIfBlank(TableScanner.cell(row, roles, Role.NOTE));
                tasks.add(new Task(taskCode, group, title, lead, leadInferred, coord, tf, note, row.line()));
            }
        }
        return tasks;
    }

    private static Role[] layout(List<String> header) {
        Role[] roles = new Role[header.size()];
        for (int i = 0; i < roles.length; i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if (i == 0) {
                roles[i] = Role.CODE;
            } else if (h.contains("phối hợp") || h.contains("tham mưu")) {
                roles[i] = Role.COORDINATING;
            } else if (h.contains("chủ trì")) {
                roles[i] = Role.LEAD;
            } else if (h.contains("thời gian") || h.contains("thời hạn") || h.contains("tiến độ")) {
                roles[i] = Role.TIME;
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
