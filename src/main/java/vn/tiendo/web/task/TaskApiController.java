package vn.tiendo.web.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tiendo.entry.OccurrenceProgressService;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.task.TaskWorkService;

/** The task REST API: my work, one occurrence, a progress report with evidence, and a programme's task dashboard. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ", description = "Việc của tôi, báo cáo tiến độ nhiệm vụ kèm minh chứng, bảng theo dõi nhiệm vụ")
public class TaskApiController {

    private final TaskWorkService work;
    private final OccurrenceProgressService progress;
    private final TaskScope scope;

    public TaskApiController(TaskWorkService work, OccurrenceProgressService progress, TaskScope scope) {
        this.work = work;
        this.progress = progress;
        this.scope = scope;
    }

    @Operation(summary = "Việc của tôi: các lần thực hiện còn mở (quá hạn trước, rồi theo hạn) và các báo cáo đơn vị còn nợ")
    @GetMapping("/mine")
    public Map<String, Object> mine() {
        TaskWorkService.MyWork mine = work.mine(scope.userId(), scope.reportingUnits());
        return Map.of("asOf", mine.asOf().toString(), "open", WorkJson.items(mine.open()), "owed", WorkJson.items(mine.owed()));
    }

    @Operation(summary = "Một lần thực hiện nhiệm vụ: tình trạng (tự tính), lịch sử báo cáo và minh chứng")
    @GetMapping("/occurrences/{occurrenceId}")
    public Map<String, Object> occurrence(@PathVariable long occurrenceId) {
        OccurrenceProgressService.Detail d = progress.detail(occurrenceId);
        Map<String, Object> m = new LinkedHashMap<>(WorkJson.item(d.item()));
        m.put("note", d.item().report() == null ? null : d.item().report().note());
        m.put("history", d.history());
        m.put("evidence", d.evidence().stream().map(WorkJson::evidence).toList());
        return m;
    }

    @Operation(summary = "Báo cáo tiến độ một lần thực hiện, kèm tệp minh chứng (PDF, Word, Excel, ảnh)",
            description = "status: Chưa thực hiện | Đang thực hiện | Hoàn thành (hoặc NOT_STARTED | IN_PROGRESS | DONE); percent 0–100;"
                    + " completedOn khi hoàn thành; version: phiên bản báo cáo đã xem (trống khi chưa có). Tất cả hoặc không:"
                    + " 403 ngoài phạm vi, 422 dữ liệu/tệp không hợp lệ, 409 đã có người khác lưu.")
    @PostMapping(value = "/occurrences/{occurrenceId}/progress",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    public Map<String, Object> report(@PathVariable long occurrenceId, @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String percent,
                                      @RequestParam(required = false) String completedOn,
                                      @RequestParam(required = false) String note, @RequestParam(required = false) String version,
                                      @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        OccurrenceProgressService.Saved saved = progress.save(ProgressForm.input(occurrenceId, status, percent, completedOn, note,
                version, files));
        Map<String, Object> m = new LinkedHashMap<>(WorkJson.item(work.occurrence(occurrenceId).orElseThrow()));
        m.put("changed", saved.changed());
        m.put("evidenceAdded", saved.added().stream().map(WorkJson::evidence).toList());
        return m;
    }

    @Operation(summary = "Bảng theo dõi nhiệm vụ của chương trình cho một đơn vị: số lượng theo tình trạng, quá hạn theo cơ quan"
            + " chủ trì, đến hạn trong 30 ngày, tiến trình 2025–2030, xã xếp theo số nhiệm vụ quá hạn")
    @GetMapping("/programmes/{id}/dashboard")
    public Map<String, Object> dashboard(@PathVariable long id, @RequestParam(name = "unit", required = false) String unitCode) {
        ProgrammeSummary programme = scope.programme(id);
        OrgUnit unit = scope.unit(programme, unitCode);
        return WorkJson.dashboard(unit.fullName(), work.dashboard(id, unit.id()));
    }
}
