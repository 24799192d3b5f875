package vn.tiendo.web.task;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.EvidenceProperties;
import vn.tiendo.entry.OccurrenceProgressService;
import vn.tiendo.entry.OccurrenceReportStore.EvidenceFile;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.task.TaskStatus;
import vn.tiendo.task.TaskWorkService;

/**
 * The task pages: "Việc của tôi" (the officer's landing page), one occurrence with its progress form, history and
 * evidence, and the task dashboard of a programme for a unit.
 */
@Controller
public class TaskPagesController {

    private final TaskWorkService work;
    private final OccurrenceProgressService progress;
    private final TaskScope scope;
    private final EvidenceProperties limits;

    private final vn.tiendo.security.UnitDirectory directory;
    private final vn.tiendo.programmes.ProgrammeService programmes;

    public TaskPagesController(TaskWorkService work, OccurrenceProgressService progress, TaskScope scope, EvidenceProperties limits,
                               vn.tiendo.security.UnitDirectory directory, vn.tiendo.programmes.ProgrammeService programmes) {
        this.directory = directory;
        this.programmes = programmes;
        this.work = work;
        this.progress = progress;
        this.scope = scope;
        this.limits = limits;
    }

    @GetMapping("/viec-cua-toi")
    public String mine(Model model) {
        model.addAttribute("work", work.mine(scope.userId(), scope.reportingUnits()));
        List<OrgUnit> mine = directory.ownUnits();
        model.addAttribute("myUnits", mine);
        model.addAttribute("myProgrammes", mine.stream().flatMap(u -> programmes.listWithin(u.id()).stream())
                .distinct().limit(20).toList());
        model.addAttribute("tt", TimeText.INSTANCE);
        return "task/mine";
    }

    @GetMapping("/nhiem-vu/{occurrenceId}")
    public String occurrence(@PathVariable long occurrenceId, Model model) {
        fill(model, occurrenceId, List.of(), null);
        return "task/occurrence";
    }

    @PostMapping("/nhiem-vu/{occurrenceId}")
    public String report(@PathVariable long occurrenceId, @RequestParam(required = false) String status,
                         @RequestParam(required = false) String percent, @RequestParam(required = false) String completedOn,
                         @RequestParam(required = false) String note, @RequestParam(required = false) String version,
                         @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                         HttpServletResponse response) {
        try {
            OccurrenceProgressService.Saved saved = progress.save(ProgressForm.input(occurrenceId, status, percent, completedOn, note,
                    version, files));
            fill(model, occurrenceId, List.of(), saved.changed() ? "Đã lưu báo cáo tiến độ" + (saved.added().isEmpty() ? "."
                    : " và " + saved.added().size() + " tệp minh chứng.") : "Báo cáo không thay đổi.");
        } catch (EntryRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            fill(model, occurrenceId, e.errors().stream().map(x -> x.text()).toList(), "Chưa lưu: có lỗi.");
        } catch (StaleValueException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            fill(model, occurrenceId, e.conflicts().stream().map(StaleValueException.Conflict::text).toList(),
                    "Chưa lưu: báo cáo đã được người khác cập nhật.");
        } catch (vn.tiendo.entry.LockedReportException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            fill(model, occurrenceId, e.refusals(), "Chưa lưu: báo cáo kỳ đã được phê duyệt và khóa.");
        }
        return "task/occurrence";
    }

    @GetMapping("/nhiem-vu/minh-chung/{evidenceId}")
    public ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
        EvidenceFile f = progress.evidence(evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.info().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.info().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    @GetMapping("/chuong-trinh/{id}/nhiem-vu")
    public String dashboard(@PathVariable long id, @RequestParam(name = "unit", required = false) String unitCode, Model model) {
        ProgrammeSummary programme = scope.programme(id);
        OrgUnit unit = scope.unit(programme, unitCode == null || unitCode.isBlank() ? unitCode
                : directory.resolve(unitCode).orElse(unitCode.strip()));
        model.addAttribute("programme", programme);
        model.addAttribute("unit", unit);
        model.addAttribute("d", work.dashboard(id, unit.id()));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("tt", TimeText.INSTANCE);
        return "task/dashboard";
    }

    private void fill(Model model, long occurrenceId, List<String> problems, String message) {
        OccurrenceProgressService.Detail detail = progress.detail(occurrenceId);
        model.addAttribute("detail", detail);
        model.addAttribute("w", detail.item());
        model.addAttribute("problems", problems);
        model.addAttribute("message", message);
        model.addAttribute("maxText", limits.maxText());
        model.addAttribute("today", work.today());
        model.addAttribute("tt", TimeText.INSTANCE);
    }
}
