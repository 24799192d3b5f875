package vn.tiendo.web.entry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.excel.ExcelTemplateWriter;
import vn.tiendo.entry.excel.ExcelUpload;
import vn.tiendo.entry.excel.ExcelUploadReader;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;

/** Excel round trip: download the template of a unit, programme and period (tải mẫu), upload it filled in. */
@Controller
public class ExcelController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EntrySheets sheets;
    private final ExcelTemplateWriter writer;
    private final ExcelUploadReader reader;
    private final DataValueService service;
    private final AccessPolicy access;

    public ExcelController(EntrySheets sheets, ExcelTemplateWriter writer, ExcelUploadReader reader, DataValueService service,
                           AccessPolicy access) {
        this.sheets = sheets;
        this.writer = writer;
        this.reader = reader;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}/mau.xlsx")
    public ResponseEntity<byte[]> template(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period) {
        EntrySheet sheet = sheets.build(programmeId, unitCode, Period.parse(period));
        access.require(AccessPolicy.Permission.VIEW, sheet.unit().id());
        String name = "nhap-lieu_" + sheet.programme().number().replaceAll("[^\\p{L}\\p{N}-]", "-") + "_" + sheet.unit().code()
                + "_" + sheet.period().code() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(writer.write(sheet));
    }

    @PostMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}/excel")
    public String upload(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                         @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        EntrySheet sheet = sheets.build(programmeId, unitCode, Period.parse(period));
        access.require(AccessPolicy.Permission.REPORT, sheet.unit().id());
        String name = file.getOriginalFilename() == null ? "tải lên" : file.getOriginalFilename();
        ExcelUpload upload = reader.read(file.getBytes(), name, sheet);
        model.addAttribute("form", SaveOutcome.render(() -> service.save(upload.inputs(), upload.errors()),
                () -> sheets.build(programmeId, unitCode, sheet.period()), sheet, java.util.Map.of(),
                r -> "Đã nhận tệp " + name + ": lưu " + r.changed() + " số liệu (" + r.created() + " mới, " + r.updated() + " sửa, "
                        + (r.unchanged() + upload.unchanged()) + " không đổi).",
                "Không nhận tệp " + name + ": ", response));
        return "entry/form";
    }
}
