package vn.tiendo.web.report.batch;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.batch.BatchItem;
import vn.tiendo.report.batch.BatchRequest;
import vn.tiendo.report.batch.ReportBatch;
import vn.tiendo.report.batch.ReportBatchService;

/** REST for report batches: request one, follow its progress, cancel it, download its ZIP (problem JSON on errors). */
@RestController
class ReportBatchApiController {

    private final ReportBatchService batches;

    ReportBatchApiController(ReportBatchService batches) {
        this.batches = batches;
    }

    /** The body of a request: programme id, province code (optional), period, format, profile (optional). */
    record NewBatch(Long programme, String unit, String period, String format, String profile) {
    }

    @PostMapping("/api/v1/report-batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> request(@RequestBody NewBatch body) {
        if (body.programme() == null) {
            throw new IllegalArgumentException("Thiếu trường \"programme\" (mã chương trình).");
        }
        return json(batches.request(new BatchRequest(body.programme(), body.unit(), body.period(), ReportFormat.parse(body.format()),
                body.profile())), null);
    }

    @GetMapping("/api/v1/report-batches/{id}")
    Map<String, Object> status(@PathVariable long id) {
        return json(batches.status(id), batches.items(id));
    }

    @PostMapping("/api/v1/report-batches/{id}/cancel")
    Map<String, Object> cancel(@PathVariable long id) {
        return json(batches.cancel(id), null);
    }

    @GetMapping("/api/v1/report-batches/{id}/zip")
    void zip(@PathVariable long id, HttpServletResponse response) throws IOException {
        ReportBatch b = batches.status(id);
        if (!b.downloadable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Lô báo cáo chưa xong (" + b.done() + "/" + b.total() + ").");
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(b.zipName(), StandardCharsets.UTF_8).build().toString());
        batches.writeZip(id, response.getOutputStream());
    }

    static Map<String, Object> json(ReportBatch b, List<BatchItem> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("programme", b.programmeId());
        m.put("programmeNumber", b.programmeNumber());
        m.put("unit", b.scopeUnitCode());
        m.put("period", b.period());
        m.put("format", b.format().extension());
        m.put("profile", b.profile());
        m.put("state", b.state().name());
        m.put("total", b.total());
        m.put("done", b.done());
        m.put("failed", b.failed());
        m.put("percent", b.percent());
        m.put("requestedBy", b.requestedBy());
        m.put("requestedAt", b.requestedAt().toString());
        m.put("finishedAt", b.finishedAt() == null ? null : b.finishedAt().toString());
        m.put("zip", b.downloadable() ? "/api/v1/report-batches/" + b.id() + "/zip" : null);
        if (items != null) {
            m.put("failures", items.stream().filter(BatchItem::failed)
                    .map(i -> Map.of("unit", i.unitCode() == null ? "" : i.unitCode(), "name", i.unitName(), "error", i.error())).toList());
        }
        return m;
    }
}
