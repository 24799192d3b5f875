package vn.tiendo.report;

/**
 * Drafts one official report as a file. The port the batch of many reports (one per commune) renders through.
 * Bad requests (unknown unit, unit outside the programme, bad period) throw {@link IllegalArgumentException}
 * with a Vietnamese message.
 */
public interface ReportRenderer {

    byte[] render(ReportRequest request);
}
