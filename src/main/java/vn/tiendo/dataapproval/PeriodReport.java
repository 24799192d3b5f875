package vn.tiendo.dataapproval;

import java.time.Instant;

/** A stored period report (báo cáo kỳ): programme × unit × period, its state, narrative and who did what when; demo = dữ liệu minh họa. */
public record PeriodReport(long id, long programmeId, long orgUnitId, String period, ReportState state, Narrative narrative,
                           Instant firstSubmittedAt, String submittedBy, Instant submittedAt, String missingReason,
                           String approvedBy, Instant approvedAt, String returnedBy, Instant returnedAt, String comment,
                           boolean acceptedMissing, String acceptedBy, Instant acceptedAt, String acceptedReason,
                           int version, String updatedBy, Instant updatedAt, boolean demo) {
}
