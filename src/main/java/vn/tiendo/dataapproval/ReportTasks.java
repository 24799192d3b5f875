package vn.tiendo.dataapproval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.Period;
import vn.tiendo.task.TaskWorkService;
import vn.tiendo.task.WorkItem;

/**
 * Task progress in a period report (tiến độ nhiệm vụ): the occurrences the unit answers for that fall due in or before
 * the period (and its ongoing occurrence of the period's year), each with its computed status and latest progress
 * report; those due within the period without any progress report are part of what the report still lacks.
 * The dependency is one-way: dataapproval asks vn.tiendo.task, the task package knows nothing of reports.
 */
@Component
public class ReportTasks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskWorkService work;

    public ReportTasks(TaskWorkService work) {
        this.work = work;
    }

    /** The unit's occurrences shown in the report of the period, earliest due first. */
    public List<WorkItem> of(ReportTarget t) {
        return work.ofUnit(t.programme().id(), t.unit().id()).stream().filter(w -> shown(w, t.period())).toList();
    }

    static boolean shown(WorkItem w, Period p) {
        LocalDate due = w.occurrence().due();
        if (due != null) {
            return !due.isAfter(p.end());
        }
        return w.occurrence().ongoing() && w.occurrence().key().equals(Integer.toString(p.year()));
    }

    /** "nhiệm vụ 1 (hạn 31/03/2026) chưa có báo cáo tiến độ" for each occurrence due within the period and never reported. */
    static List<String> missing(List<WorkItem> shown, Period p) {
        return shown.stream()
                .filter(w -> w.report() == null && w.occurrence().due() != null && !w.occurrence().due().isBefore(p.start()))
                .map(w -> "nhiệm vụ " + w.taskCode() + " (hạn " + DAY.format(w.occurrence().due()) + ") chưa có báo cáo tiến độ")
                .toList();
    }
}
