package vn.tiendo.web.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.CompletenessService;

/** REST API of the reporting cycle: a report's state, its transitions, and completeness. Same rules as the pages. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo kỳ", description = "Gửi, phê duyệt, trả lại, mở khóa báo cáo kỳ; tình hình nộp báo cáo")
public class ReportApiController {

    private final ApprovalService approvals;
    private final CompletenessService completeness;

    public ReportApiController(ApprovalService approvals, CompletenessService completeness) {
        this.approvals = approvals;
        this.completeness = completeness;
    }

    @GetMapping("/{programmeId}/{unitCode}/{period}")
    @Operation(summary = "Trạng thái báo cáo kỳ của một đơn vị (draft, submitted, approved, returned)")
    public ReportDtos.ReportDto report(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period) {
        return ReportDtos.ReportDto.of(approvals.view(programmeId, unitCode, period));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/submit")
    @Operation(summary = "Gửi báo cáo (cần quyền báo cáo của đơn vị); còn thiếu thì phải ghi lý do (422)")
    public ReportDtos.ReportDto submit(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                       @RequestBody(required = false) ReportDtos.SubmitBody body) {
        return ReportDtos.ReportDto.of(approvals.submit(programmeId, unitCode, period, body == null ? null : body.reason()));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/approve")
    @Operation(summary = "Phê duyệt và khóa báo cáo đã gửi (quyền phê duyệt ở cấp trên; 403 với đơn vị của mình)")
    public ReportDtos.ReportDto approve(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period) {
        return ReportDtos.ReportDto.of(approvals.approve(programmeId, unitCode, period));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/return")
    @Operation(summary = "Trả lại báo cáo đã gửi, kèm ý kiến (body {comment})")
    public ReportDtos.ReportDto giveBack(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                         @RequestBody(required = false) ReportDtos.CommentBody body) {
        return ReportDtos.ReportDto.of(approvals.giveBack(programmeId, unitCode, period, body == null ? null : body.comment()));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/unlock")
    @Operation(summary = "Mở khóa báo cáo đã duyệt (quyền phê duyệt ở cấp trên, body {reason})")
    public ReportDtos.ReportDto unlock(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                       @RequestBody(required = false) ReportDtos.ReasonBody body) {
        return ReportDtos.ReportDto.of(approvals.unlock(programmeId, unitCode, period, body == null ? null : body.reason()));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/accept-missing")
    @Operation(summary = "Chấp nhận thiếu báo cáo của đơn vị cấp dưới (body {reason}), để duyệt được báo cáo cấp trên")
    public ReportDtos.ReportDto acceptMissing(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                              @RequestBody(required = false) ReportDtos.ReasonBody body) {
        return ReportDtos.ReportDto.of(approvals.acceptMissing(programmeId, unitCode, period, body == null ? null : body.reason()));
    }

    @PostMapping("/{programmeId}/{unitCode}/{period}/accept-missing/withdraw")
    @Operation(summary = "Hủy chấp nhận thiếu (cấp đã chấp nhận, body {reason}); 409 khi báo cáo cấp trên đã duyệt")
    public ReportDtos.ReportDto withdrawAcceptance(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                                                   @RequestBody(required = false) ReportDtos.ReasonBody body) {
        return ReportDtos.ReportDto.of(approvals.withdrawAcceptance(programmeId, unitCode, period, body == null ? null : body.reason()));
    }

    @GetMapping("/{programmeId}/{period}/completeness")
    @Operation(summary = "Tình hình nộp báo cáo các đơn vị dưới một đơn vị (mã hành chính); tỉ lệ trong [0, 100]")
    public ReportDtos.CompletenessDto completeness(@PathVariable long programmeId, @PathVariable String period,
                                                   @RequestParam("unit") String unit) {
        return ReportDtos.CompletenessDto.of(completeness.completeness(programmeId, period, unit));
    }
}
