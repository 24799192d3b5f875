package vn.tiendo.report.batch;

import vn.tiendo.report.ReportFormat;

/**
 * A request for every reporting unit's report.
 *
 * @param unitCode the province (or other unit within the programme's owner) whose units report; null or blank for the
 *                 programme's owner
 * @param profile  null to let each report choose by the issuing unit's kind
 */
public record BatchRequest(long programmeId, String unitCode, String period, ReportFormat format, String profile) {
}
