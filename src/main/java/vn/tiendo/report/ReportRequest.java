package vn.tiendo.report;

/**
 * One unit's report of one programme for one period.
 *
 * @param profile {@code null} to choose by the issuing unit's kind (Party committee or People's Committee),
 *                otherwise a profile name such as "party" or "state"
 */
public record ReportRequest(long programmeId, String unitCode, String period, ReportFormat format, String profile) {
}
