package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;

/**
 * Reads tasks written as paragraphs under the "NHIỆM VỤ, GIẢI PHÁP" heading of a document without a task table:
 * the text of one or more paragraphs ("- Thường xuyên rà soát …") followed by labelled lines "Đơn vị chủ trì: …",
 * "Đơn vị phối hợp: …", "Thời gian thực hiện: …". Numbered headings ("1. Rà soát, kiện toàn …") are the groups.
 * Every task is marked {@code fromProse} so that an officer reviews it; codes are "group.n" ("1.1", "4.2").
 */
final class ProseTaskReader {

    private static final Pattern SECTION = Pattern.compile("^[IVX]{1,5}\\s*[.\\-–]\\s*(.*)$");
    private static final Pattern GROUP = Pattern.compile("^(\\d{1,2})\\s*\\.\\s*(\\S.*)$");
    private static final Pattern LABEL = Pattern.compile(
            "^[-–+•]?\\s*(?:(đơn vị|cơ quan)\\s+([^:]{2,40}?)|(thời gian|thời hạn)[^:]{0,20}?)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProseTaskReader() {
    }

    /** A paragraph: lines joined up to a blank line, and the line it starts on. */
    private record Paragraph(int line, String text) {
    }

    static List<Task> read(List<String> lines, List<ReadWarning> warnings) {
        Reading r = new Reading(warnings);
        boolean inSection = false;
        for (Paragraph p : paragraphs(lines)) {
            Matcher s = SECTION.matcher(p.text());
            if (s.matches()) {
                r.flush();
                inSection = Text.fold(s.group(1)).contains("nhiem vu");
                continue;
            }
            if (inSection) {
                r.accept(p);
            }
        }
        r.flush();
        return r.tasks;
    }

    private static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? Text.cleanLine(lines.get(i).replace('\t', ' ')) : "";
            if (l.isEmpty()) {
                if (!sb.isEmpty()) {
                    out.add(new Paragraph(start + 1, sb.toString().strip()));
                    sb.setLength(0);
                }
                continue;
            }
            if (sb.isEmpty()) {
                start = i;
            }
            sb.append(l).append(' ');
        }
        return out;
    }

    /** The task being assembled: its text so far, then its labels. */
    private static final class Reading {
        private final List<ReadWarning> warnings;
        private final List<Task> tasks = new ArrayList<>();
        private final StringBuilder title = new StringBuilder();
        private String groupNumber = "0";
        private String group;
        private int inGroup;
        private int titleLine;
        private String lead;
        private String coordinating;
        private String time;
        private int labelLine;
        private char lastLabel;

        Reading(List<ReadWarning> warnings) {
            this.warnings = warnings;
        }

        void accept(Paragraph p) {
            Matcher label = LABEL.matcher(p.text());
            if (label.matches()) {
                label(label, p.line());
                return;
            }
            if (lastLabel != 0 && Character.isLowerCase(p.text().codePointAt(0))) {
                continueLabel(p.text());
                return;
            }
            if (lastLabel != 0) {
                flush();
            }
            Matcher g = GROUP.matcher(p.text());
            if (g.matches() && title.isEmpty()) {
                groupNumber = g.group(1);
                group = g.group(2).replaceAll("[.:]$", "").strip();
                inGroup = 0;
                return;
            }
            if (title.isEmpty()) {
                titleLine = p.line();
            }
            title.append(title.isEmpty() ? "" : " ").append(p.text().replaceFirst("^[-–+•]\\s*", ""));
        }

        private void label(Matcher m, int line) {
            String value = m.group(4).strip();
            if (lastLabel == 0) {
                labelLine = line;
            }
            String what = m.group(2) == null ? "" : Text.fold(m.group(2));
            if (m.group(3) != null) {
                time = value;
                lastLabel = 't';
            } else if (what.contains("phoi hop")) {
                coordinating = value;
                lastLabel = 'c';
            } else {
                lead = value;
                lastLabel = 'l';
            }
        }

        private void continueLabel(String more) {
            switch (lastLabel) {
                case 't' -> time = time + " " + more;
                case 'c' -> coordinating = coordinating + " " + more;
                default -> lead = lead + " " + more;
            }
        }

        void flush() {
            if (lastLabel != 0 && !title.isEmpty()) {
                inGroup++;
                Timeframe tf = null;
                if (time != null) {
                    TimeframeParser.Result r = TimeframeParser.parse(time);
                    if (r.warning() != null) {
                        warnings.add(new ReadWarning(labelLine, r.warning()));
                    }
                    tf = r.timeframe();
                }
                tasks.add(new Task(groupNumber + "." + inGroup, group, title.toString().strip(),
                        lead == null ? List.of() : BodyListParser.split(lead), false,
                        coordinating == null ? List.of() : BodyListParser.split(coordinating), tf, null, null, true,
                        titleLine));
            }
            title.setLength(0);
            lead = null;
            coordinating = null;
            time = null;
            lastLabel = 0;
        }
    }
}
