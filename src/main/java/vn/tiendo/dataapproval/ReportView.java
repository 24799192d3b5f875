package vn.tiendo.dataapproval;

import java.util.List;

/**
 * A period report as the pages and the API show it.
 *
 * @param report  the stored report, null while nobody started it (a draft)
 * @param onTime  whether the first submission met the deadline; null before any submission
 * @param missing what the report still lacks (indicators without a value, empty sections)
 */
public record ReportView(ReportTarget target, PeriodReport report, Boolean onTime, List<String> missing, List<HistoryEntry> history,
                         boolean canReport, boolean canApprove) {

    public ReportState state() {
        return report == null ? ReportState.DRAFT : report.state();
    }

    public Narrative narrative() {
        return report == null ? Narrative.EMPTY : report.narrative();
    }

    public boolean locked() {
        return state() == ReportState.APPROVED;
    }
}
