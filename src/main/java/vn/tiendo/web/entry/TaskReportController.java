package vn.tiendo.web.entry;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.entry.TaskLine;
import vn.tiendo.entry.TaskProgressInput;
import vn.tiendo.entry.TaskReportRepository;
import vn.tiendo.entry.TaskReportService;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.TaskReport;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.programmes.ProgrammeSummary;

/** The task progress form (báo cáo tiến độ nhiệm vụ) of a unit, programme and period. */
@Controller
public class TaskReportController {

    private final EntrySheets sheets;
    private final TaskReportRepository reports;
    private final TaskReportService service;
    private final AccessPolicy access;

    public TaskReportController(EntrySheets sheets, TaskReportRepository reports, TaskReportService service, AccessPolicy access) {
        this.sheets = sheets;
        this.reports = reports;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}/nhiem-vu")
    public String form(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period, Model model) {
        OrgUnit unit = sheets.unit(unitCode);
        access.require(AccessPolicy.Permission.VIEW, unit.id());
        fill(model, sheets.programme(programmeId), unit, Period.parse(period), List.of(), null);
        return "entry/tasks";
    }

    @PostMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}/nhiem-vu")
    public String save(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                       @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        OrgUnit unit = sheets.unit(unitCode);
        access.require(AccessPolicy.Permission.REPORT, unit.id());
        ProgrammeSummary programme = sheets.programme(programmeId);
        Period p = Period.parse(period);
        List<TaskProgressInput> inputs = new ArrayList<>();
        for (TaskLine line : reports.lines(programmeId, unit.id(), p)) {
            String status = params.getFirst("s_" + line.id());
            if (status == null || status.isBlank()) {
                continue;
            }
            inputs.add(new TaskProgressInput(line.id(), unit.id(), p, status, params.getFirst("p_" + line.id()), params.getFirst("n_" + line.id()),
                    ExpectedVersion.parse(params.getFirst("ver_" + line.id())),
                    new Field("t_" + line.id(), "Nhiệm vụ " + line.code())));
        }
        try {
            int changed = service.save(inputs);
            fill(model, programme, unit, p, List.of(), changed == 0 ? "Không có báo cáo nào thay đổi." : "Đã lưu " + changed + " báo cáo nhiệm vụ.");
        } catch (EntryRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            fill(model, programme, unit, p, e.errors().stream().map(x -> x.text()).toList(), "Chưa lưu: có lỗi.");
        } catch (vn.tiendo.entry.LockedReportException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            fill(model, programme, unit, p, e.refusals(), "Chưa lưu: báo cáo kỳ này đã được phê duyệt và khóa.");
        } catch (StaleValueException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            fill(model, programme, unit, p, e.conflicts().stream().map(StaleValueException.Conflict::text).toList(),
                    "Chưa lưu: báo cáo đã được người khác cập nhật; hãy tải lại trang.");
        }
        return "entry/tasks";
    }

    private void fill(Model model, ProgrammeSummary programme, OrgUnit unit, Period period, List<String> problems, String message) {
        model.addAttribute("programme", programme);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("lines", reports.lines(programme.id(), unit.id(), period));
        model.addAttribute("statuses", TaskReport.Status.values());
        model.addAttribute("problems", problems);
        model.addAttribute("message", message);
    }
}
