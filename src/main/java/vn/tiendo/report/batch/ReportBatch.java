package vn.tiendo.report.batch;

import java.time.Instant;
import vn.tiendo.report.ReportFormat;

/**
 * One batch of reports (báo cáo hàng loạt): a programme's report for every reporting unit of a province and a period.
 *
 * @param done   items finished, the failed ones included
 * @param failed items that failed (each listed with its reason)
 */
public record ReportBatch(long id, long programmeId, String programmeNumber, long scopeUnitId, String scopeUnitCode,
                          String scopeUnitName, String period, ReportFormat format, String profile, BatchState state,
                          int total, int done, int failed, String error, String requestedBy, Instant requestedAt,
                          Instant finishedAt, int version) {

    /** Whole percent of the items finished (100 for an empty batch that is done). */
    public int percent() {
        return total == 0 ? (state == BatchState.DONE ? 100 : 0) : done * 100 / total;
    }

    /** The ZIP can be downloaded: the batch is done (failed units are listed inside). */
    public boolean downloadable() {
        return state == BatchState.DONE;
    }

    /** Name of the ZIP: "bao-cao-05-CTr-TU-12-2026-docx.zip". */
    public String zipName() {
        return "bao-cao-" + FileNames.slug(programmeNumber) + "-" + scopeUnitCode + "-" + period + "-" + format.extension() + ".zip";
    }
}
