package vn.tiendo.dataapproval;

import java.util.List;

/**
 * Completeness and timeliness (tình hình nộp báo cáo) of one programme and period below a parent unit. Only the units
 * expected to report are counted (reporting units below the parent that exist on the cut-off date), so each count is
 * at most {@code expected} and both rates lie in [0, 100].
 *
 * @param submitted        reports Đã gửi or Đã duyệt
 * @param onTime           of those, first sent by the deadline
 * @param late             of those, first sent after the deadline
 * @param missing          expected − submitted
 * @param completenessRate submitted / expected × 100, one decimal (0 when nothing is expected)
 * @param timelinessRate   onTime / expected × 100, one decimal
 */
public record Completeness(ReportTarget target, int expected, int submitted, int onTime, int late, int missing, int approved,
                           int acceptedMissing, double completenessRate, double timelinessRate, List<Line> units, boolean demo) {

    /** One expected unit: its state and whether it reported on time (null when not sent). */
    public record Line(String code, String name, String level, long parentId, ReportState state, Boolean onTime,
                       boolean acceptedMissing, String approvedBy) {

        /** CSS class of the unit's colour on the page. */
        public String css() {
            if (state == ReportState.APPROVED) {
                return "status-ok";
            }
            if (state == ReportState.SUBMITTED) {
                return Boolean.FALSE.equals(onTime) ? "status-risk" : "status-track";
            }
            if (state == ReportState.RETURNED) {
                return "status-risk";
            }
            return acceptedMissing ? "status-none" : "status-late";
        }
    }

    static double rate(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
