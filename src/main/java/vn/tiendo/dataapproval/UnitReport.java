package vn.tiendo.dataapproval;

import java.time.Instant;

/** A reporting unit and the state of its report for one programme and period (DRAFT when none was started). */
public record UnitReport(long unitId, String code, String fullName, String level, long parentId, ReportState state,
                         Instant firstSubmittedAt, boolean acceptedMissing, String submittedBy, String approvedBy, Instant approvedAt, boolean demo) {

    /** Submitted and not returned: Đã gửi or Đã duyệt. */
    public boolean submitted() {
        return state == ReportState.SUBMITTED || state == ReportState.APPROVED;
    }
}
