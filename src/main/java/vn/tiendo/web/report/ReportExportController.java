package vn.tiendo.web.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.report.OfficialReportRenderer;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.ReportRequest;
import vn.tiendo.report.ReportTemplateException;

/** Xuất báo cáo: the programme dashboard's form downloads one official report (Word, PDF or Excel). */
@Controller
class ReportExportController {

    private final OfficialReportRenderer renderer;
    private final ProgrammeService programmes;

    ReportExportController(OfficialReportRenderer renderer, ProgrammeService programmes) {
        this.renderer = renderer;
        this.programmes = programmes;
    }

    @GetMapping("/chuong-trinh/{id}/xuat-bao-cao")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(name = "don-vi", required = false) String unitCode,
                                  @RequestParam(name = "ky") String period,
                                  @RequestParam(name = "dinh-dang", defaultValue = "docx") String format,
                                  @RequestParam(name = "mau", required = false) String profile) {
        ProgrammeSummary programme = programmes.findSummary(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy chương trình mã " + id + "."));
        String unit = unitCode == null || unitCode.isBlank() ? programme.orgUnitCode() : unitCode;
        try {
            ReportRequest request = new ReportRequest(id, unit, period, ReportFormat.parse(format),
                    profile == null || profile.isBlank() ? null : profile);
            byte[] file = renderer.render(request);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(request.format().mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(renderer.fileName(request, programme.number()), StandardCharsets.UTF_8).build().toString())
                    .body(file);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (ReportTemplateException e) {
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        }
    }
}
