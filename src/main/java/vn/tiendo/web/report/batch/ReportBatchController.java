package vn.tiendo.web.report.batch;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.batch.BatchRequest;
import vn.tiendo.report.batch.ReportBatch;
import vn.tiendo.report.batch.ReportBatchService;

/**
 * "Xuất báo cáo toàn tỉnh": the form from the programme dashboard, the batch's page with its progress bar (htmx polls
 * the progress fragment until the batch is finished), cancelling, and the ZIP.
 */
@Controller
class ReportBatchController {

    private final ReportBatchService batches;
    private final ProgrammeService programmes;
    private final Clock clock;

    ReportBatchController(ReportBatchService batches, ProgrammeService programmes, Clock clock) {
        this.batches = batches;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/chuong-trinh/{id}/xuat-bao-cao-toan-tinh")
    String form(@PathVariable long id, @RequestParam(name = "don-vi", required = false) String unit, Model model) {
        ProgrammeSummary p = programme(id);
        fill(model, p, unit == null ? p.orgUnitCode() : unit, String.valueOf(LocalDate.now(clock).getYear()), "docx", null);
        return "report/batch-form";
    }

    @PostMapping("/chuong-trinh/{id}/xuat-bao-cao-toan-tinh")
    String request(@PathVariable long id, @RequestParam(name = "don-vi", required = false) String unit,
                   @RequestParam(name = "ky", required = false) String period, @RequestParam(name = "dinh-dang", required = false) String format,
                   @RequestParam(name = "mau", required = false) String profile, Model model, HttpServletResponse response) {
        ProgrammeSummary p = programme(id);
        try {
            ReportBatch b = batches.request(new BatchRequest(id, unit, period, ReportFormat.parse(format), profile));
            return "redirect:/chuong-trinh/" + id + "/bao-cao-hang-loat/" + b.id();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            fill(model, p, unit, period, format, "Chưa xuất được báo cáo: " + e.getMessage());
            return "report/batch-form";
        }
    }

    private void fill(Model model, ProgrammeSummary p, String unit, String period, String format, String error) {
        model.addAttribute("programme", p);
        model.addAttribute("unitCode", unit);
        model.addAttribute("period", period);
        model.addAttribute("format", format);
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("recent", batches.recent(p.id()));
        model.addAttribute("rendererAvailable", batches.rendererAvailable());
        model.addAttribute("error", error);
    }

    @GetMapping("/chuong-trinh/{id}/bao-cao-hang-loat/{batch}")
    String page(@PathVariable long id, @PathVariable long batch, Model model) {
        progressModel(id, batch, model);
        return "report/batch";
    }

    /** The progress fragment htmx polls every 2 s while the batch is queued or running. */
    @GetMapping("/chuong-trinh/{id}/bao-cao-hang-loat/{batch}/tien-do")
    String progress(@PathVariable long id, @PathVariable long batch, Model model) {
        progressModel(id, batch, model);
        return "report/batch :: progress";
    }

    @PostMapping("/chuong-trinh/{id}/bao-cao-hang-loat/{batch}/huy")
    String cancel(@PathVariable long id, @PathVariable long batch) {
        ofProgramme(id, batch);
        batches.cancel(batch);
        return "redirect:/chuong-trinh/" + id + "/bao-cao-hang-loat/" + batch;
    }

    @GetMapping("/chuong-trinh/{id}/bao-cao-hang-loat/{batch}/tai-ve")
    void zip(@PathVariable long id, @PathVariable long batch, HttpServletResponse response) throws IOException {
        ReportBatch b = ofProgramme(id, batch);
        if (!b.downloadable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Lô báo cáo chưa xong (" + b.done() + "/" + b.total()
                    + "): chưa tải về được.");
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(b.zipName(), StandardCharsets.UTF_8).build().toString());
        batches.writeZip(batch, response.getOutputStream());
    }

    private void progressModel(long id, long batch, Model model) {
        ReportBatch b = ofProgramme(id, batch);
        model.addAttribute("programme", programme(id));
        model.addAttribute("batch", b);
        model.addAttribute("items", batches.items(batch));
        model.addAttribute("rendererAvailable", batches.rendererAvailable());
    }

    private ReportBatch ofProgramme(long programmeId, long batchId) {
        ReportBatch b = batches.status(batchId);
        if (b.programmeId() != programmeId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có lô báo cáo mã " + batchId + " của chương trình này.");
        }
        return b;
    }

    private ProgrammeSummary programme(long id) {
        return programmes.findSummary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chương trình, kế hoạch mã " + id + "."));
    }
}
