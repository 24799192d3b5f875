package vn.tiendo.dataapproval;

import java.util.List;
import vn.tiendo.task.WorkItem;

/**
 * A period report as the pages and the API show it.
 *
 * @param report  the stored report, null while nobody started it (a draft)
 * @param onTime  whether the first submission met the deadline; null before any submission
 * @param missing what the report still lacks (indicators without a value, task occurrences due in the period without
 *                progress, empty sections)
 * @param tasks   the unit's task occurrences due in or before the period, with computed status and latest progress
 */
public record ReportView(ReportTarget target, PeriodReport report, Boolean onTime, List<String> missing, List<WorkItem> tasks,
                         List<HistoryEntry> history,
                         boolean canReport, boolean canApprove) {

    public ReportState state() {
        return report == null ? ReportState.DRAFT : report.state();
    }

    public Narrative narrative() {
        return report == null ? Narrative.EMPTY : report.narrative();
    }

    /**
     * The approver's note that still speaks to the unit: the return comment or the unlock reason; none once the report
     * is approved (an older comment stays in the history only).
     */
    public String currentComment() {
        return report == null || locked() ? null : report.comment();
    }

    /** How the page introduces {@link #currentComment()}: "Ý kiến trả lại của …", "Lý do mở khóa của …". */
    public String commentHeading() {
        String who = report == null ? "" : report.returnedBy();
        return switch (state()) {
            case RETURNED -> "Ý kiến trả lại của " + who;
            case SUBMITTED -> "Ý kiến lần trước của " + who;
            default -> "Lý do mở khóa của " + who;
        };
    }

    public boolean locked() {
        return state() == ReportState.APPROVED;
    }
}
