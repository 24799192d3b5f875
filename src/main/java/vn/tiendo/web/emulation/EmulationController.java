package vn.tiendo.web.emulation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.emulation.EmulationResult;
import vn.tiendo.emulation.EmulationService;
import vn.tiendo.emulation.EmulationWorkbook;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/** Thi đua: a programme's year-end ranking of units and heads of units, on a page and as XLSX. */
@Controller
public class EmulationController {

    private final EmulationService emulation;
    private final ProgrammeService programmes;
    private final Clock clock;

    public EmulationController(EmulationService emulation, ProgrammeService programmes, Clock clock) {
        this.emulation = emulation;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/chuong-trinh/{id}/thi-dua")
    public String page(@PathVariable long id, @RequestParam(name = "nam", required = false) String year, Model model) {
        ProgrammeSummary p = programme(id);
        model.addAttribute("programme", p);
        model.addAttribute("result", emulation.rank(id, p.number(), year(year)));
        return "emulation/ranking";
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
