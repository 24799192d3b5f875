package vn.tiendo.web.emulation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.emulation.EmulationResult;
import vn.tiendo.emulation.EmulationService;
import vn.tiendo.emulation.EmulationWeights;
import vn.tiendo.emulation.EmulationWorkbook;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/** Thi đua: a programme's year-end ranking of units and heads of units, on a page and as XLSX. */
@Controller
public class EmulationController {

    private final EmulationService emulation;
    private final ProgrammeService programmes;
    private final AccessPolicy access;
    private final Clock clock;

    public EmulationController(EmulationService emulation, ProgrammeService programmes, AccessPolicy access, Clock clock) {
        this.emulation = emulation;
        this.programmes = programmes;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/chuong-trinh/{id}/thi-dua")
    public String page(@PathVariable long id, @RequestParam(name = "nam", required = false) String year, Model model) {
        fill(model, programme(id), year(year), null);
        return "emulation/ranking";
    }

    /** Owners of the programme set its weights (each 0–100, at least one above 0). */
    @PostMapping("/chuong-trinh/{id}/thi-dua/trong-so")
    public String weights(@PathVariable long id, @RequestParam(name = "nam", required = false) String year,
                          @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        ProgrammeSummary p = programme(id);
        access.require(Permission.MANAGE, p.orgUnitId());
        try {
            EmulationWeights w = new EmulationWeights(weight(form, "onTime", "hoàn thành đúng hạn"), weight(form, "overdue", "quá hạn"),
                    weight(form, "indicators", "chỉ tiêu"), weight(form, "timeliness", "báo cáo đúng hạn"));
            emulation.setWeights(id, w);
            return "redirect:/chuong-trinh/" + id + "/thi-dua?nam=" + year(year);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            fill(model, p, year(year), "Chưa lưu trọng số: " + e.getMessage() + ".");
            return "emulation/ranking";
        }
    }

    private void fill(Model model, ProgrammeSummary p, int year, String error) {
        model.addAttribute("programme", p);
        model.addAttribute("result", emulation.rank(p.id(), p.number(), year));
        model.addAttribute("canManage", access.can(Permission.MANAGE, p.orgUnitId()));
        model.addAttribute("error", error);
    }

    private static int weight(Map<String, String> form, String field, String label) {
        String text = form.getOrDefault(field, "").strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trọng số " + label + " phải là số nguyên từ 0 đến 100 (nhận được \"" + text + "\")");
        }
    }

    @GetMapping("/chuong-trinh/{id}/thi-dua.xlsx")
    public ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(name = "nam", required = false) String year) {
        ProgrammeSummary p = programme(id);
        EmulationResult r = emulation.rank(id, p.number(), year(year));
        String name = "thi-dua-" + p.number().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + r.year() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(EmulationWorkbook.write(r));
    }

    private ProgrammeSummary programme(long id) {
        return programmes.findSummary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chương trình, kế hoạch mã " + id + "."));
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Năm thi đua (tham số nam) không hợp lệ: \"" + text.strip()
                + "\"; cần một năm như 2026.");
    }
}
