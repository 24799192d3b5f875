package vn.tiendo.web.approval;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.Narrative;
import vn.tiendo.dataapproval.ReportConflictException;
import vn.tiendo.dataapproval.ReportRefusedException;
import vn.tiendo.dataapproval.ReportView;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.AccessRefusedException;

/**
 * The period report page (báo cáo kỳ, /bao-cao/…): narrative, what is missing, the workflow buttons the user may use,
 * and the history. A refused action shows the page again with the reason (403, 409, 422).
 */
@Controller
public class ReportPageController {

    private final ApprovalService approvals;
    private final ProgrammeService programmes;

    private final vn.tiendo.security.UnitDirectory directory;

    public ReportPageController(ApprovalService approvals, ProgrammeService programmes, vn.tiendo.security.UnitDirectory directory) {
        this.directory = directory;
        this.approvals = approvals;
        this.programmes = programmes;
    }

    /** Choose a programme, a unit and a period. */
    @GetMapping("/bao-cao")
    public String choose(Model model) {
        model.addAttribute("programmes", programmes.list());
        return "approval/choose";
    }

    @GetMapping("/bao-cao/mo")
    public String open(@RequestParam long programme, @RequestParam String unit, @RequestParam String period) {
        String code = directory.resolve(unit).orElse(unit.strip());
        return "redirect:/bao-cao/" + programme + "/" + org.springframework.web.util.UriUtils.encodePathSegment(code,
                java.nio.charset.StandardCharsets.UTF_8) + "/" + period.strip();
    }

    @GetMapping("/bao-cao/{programmeId}/{unitCode}/{period}")
    public String report(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period, Model model) {
        model.addAttribute("view", approvals.view(programmeId, unitCode, period));
        model.addAttribute("headings", Narrative.HEADINGS);
        return "approval/report";
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/noi-dung")
    public String narrative(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                            @RequestParam(required = false) String leadership, @RequestParam(required = false) String results,
                            @RequestParam(required = false) String shortcomings, @RequestParam(required = false) String directions,
                            @RequestParam(required = false) String proposals, Model model, HttpServletResponse response,
                            RedirectAttributes flash) {
        Narrative n = new Narrative(leadership, results, shortcomings, directions, proposals);
        return act(() -> approvals.saveNarrative(programmeId, unitCode, period, n), "Đã lưu nội dung báo cáo.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/gui")
    public String submit(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                         @RequestParam(required = false) String reason, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return act(() -> approvals.submit(programmeId, unitCode, period, reason), "Đã gửi báo cáo lên cấp trên.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/duyet")
    public String approve(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        return act(() -> approvals.approve(programmeId, unitCode, period), "Đã phê duyệt; báo cáo đã khóa.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/tra-lai")
    public String giveBack(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                           @RequestParam(required = false) String comment, Model model, HttpServletResponse response,
                           RedirectAttributes flash) {
        return act(() -> approvals.giveBack(programmeId, unitCode, period, comment), "Đã trả lại báo cáo kèm ý kiến.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/mo-khoa")
    public String unlock(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                         @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                         RedirectAttributes flash) {
        return act(() -> approvals.unlock(programmeId, unitCode, period, reason), "Đã mở khóa báo cáo.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/chap-nhan-thieu")
    public String acceptMissing(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                                RedirectAttributes flash) {
        return act(() -> approvals.acceptMissing(programmeId, unitCode, period, reason), "Đã chấp nhận thiếu báo cáo này.",
                programmeId, unitCode, period, model, response, flash);
    }

    @PostMapping("/bao-cao/{programmeId}/{unitCode}/{period}/huy-chap-nhan-thieu")
    public String withdrawAcceptance(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                     @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                                     RedirectAttributes flash) {
        return act(() -> approvals.withdrawAcceptance(programmeId, unitCode, period, reason), "Đã hủy chấp nhận thiếu báo cáo này.",
                programmeId, unitCode, period, model, response, flash);
    }

    private String act(Supplier<ReportView> action, String success, long programmeId, String unitCode, String period, Model model,
                       HttpServletResponse response, RedirectAttributes flash) {
        HttpStatus status;
        String message;
        java.util.List<String> missing = java.util.List.of();
        try {
            action.get();
            flash.addFlashAttribute("message", success);
            return "redirect:/bao-cao/" + programmeId + "/" + unitCode + "/" + period;
        } catch (ReportConflictException e) {
            status = HttpStatus.CONFLICT;
            message = e.getMessage();
        } catch (ReportRefusedException e) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            message = e.getMessage();
            missing = e.missing();
        } catch (AccessRefusedException e) {
            status = HttpStatus.FORBIDDEN;
            message = e.getMessage();
        }
        response.setStatus(status.value());
        model.addAttribute("error", message);
        model.addAttribute("missingList", missing);
        return report(programmeId, unitCode, period, model);
    }
}
