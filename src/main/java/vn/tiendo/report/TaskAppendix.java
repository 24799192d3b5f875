package vn.tiendo.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tiendo.programme.Period;
import vn.tiendo.task.DueState;
import vn.tiendo.task.WorkItem;

/** Phụ lục II and the task summary of section II, from the task occurrences with their computed status. */
final class TaskAppendix {

    private TaskAppendix() {
    }

    /** Occurrences that started by the end of the period. */
    static List<WorkItem> inPeriod(List<WorkItem> items, Period period) {
        LocalDate end = period.end();
        return items.stream().filter(w -> w.occurrence().start() == null || !w.occurrence().start().isAfter(end))
                .filter(w -> w.occurrence().due() == null || w.occurrence().due().getYear() <= period.year()
                        || w.occurrence().ongoing())
                .toList();
    }

    static List<OfficialReport.TaskLine> lines(List<WorkItem> items) {
        List<OfficialReport.TaskLine> out = new ArrayList<>();
        for (WorkItem w : items) {
            out.add(new OfficialReport.TaskLine(out.size() + 1, w.taskCode(), w.taskTitle(), w.leadBody(), timeframe(w),
                    w.status().label(), progress(w)));
        }
        return out;
    }

    private static String timeframe(WorkItem w) {
        if (w.occurrence().ongoing()) {
            return "Thường xuyên";
        }
        return w.occurrence().due() == null ? w.occurrence().key() : "Trước " + w.dueText();
    }

    private static String progress(WorkItem w) {
        WorkItem.Reported r = w.report();
        if (r == null) {
            return "Chưa có báo cáo tiến độ";
        }
        String s = r.done() && r.completedOn() != null ? "Hoàn thành ngày " + String.format("%02d/%02d/%d",
                r.completedOn().getDayOfMonth(), r.completedOn().getMonthValue(), r.completedOn().getYear())
                : r.percent() == null ? "" : "Đạt " + r.percent() + "%";
        String note = r.note() == null || r.note().isBlank() ? "" : r.note().trim();
        return s.isEmpty() ? (note.isEmpty() ? "—" : note) : note.isEmpty() ? s : s + ". " + note;
    }

    /** "Tổng số 17 lượt nhiệm vụ: hoàn thành đúng hạn 3; hoàn thành quá hạn 1; đang thực hiện 10; quá hạn 3 (…)". */
    static String summary(List<WorkItem> items, Period period) {
        if (items.isEmpty()) {
            return "Kỳ báo cáo " + period.label().toLowerCase() + " chưa có nhiệm vụ nào được giao hoặc theo dõi.";
        }
        int onTime = count(items, DueState.DONE_ON_TIME);
        int late = count(items, DueState.DONE_LATE);
        int overdue = count(items, DueState.OVERDUE);
        int waiting = count(items, DueState.WAITING);
        int open = items.size() - onTime - late - overdue - waiting;
        List<String> overdueNames = items.stream().filter(WorkItem::overdue).map(WorkItem::taskTitle).distinct().limit(3).toList();
        return "Tổng số " + items.size() + " lượt nhiệm vụ đến kỳ báo cáo: hoàn thành đúng hạn " + onTime
                + "; hoàn thành quá hạn " + late + "; đang thực hiện trong hạn " + open + "; quá hạn chưa hoàn thành "
                + overdue + (overdueNames.isEmpty() ? "" : " (" + String.join("; ", overdueNames) + (overdue > 3 ? "; …" : "") + ")")
                + (waiting == 0 ? "" : "; chờ văn bản " + waiting) + ". Chi tiết tại Phụ lục II.";
    }

    private static int count(List<WorkItem> items, DueState state) {
        return (int) items.stream().filter(w -> w.state() == state).count();
    }
}
