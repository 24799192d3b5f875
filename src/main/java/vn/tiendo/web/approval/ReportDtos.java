package vn.tiendo.web.approval;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tiendo.dataapproval.Completeness;
import vn.tiendo.dataapproval.ReportView;

/** JSON bodies of the reporting cycle API (/api/v1/reports). */
final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(description = "Trạng thái báo cáo kỳ của một đơn vị")
    record ReportDto(@Schema(allowableValues = {"draft", "submitted", "approved", "returned"}) String state,
                     @Schema(description = "hạn nộp của cấp đơn vị", example = "2026-06-16") LocalDate deadline,
                     String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
                     @Schema(description = "lần gửi đầu tiên đúng hạn; null khi chưa gửi") Boolean onTime,
                     @Schema(description = "ý kiến khi trả lại, hoặc lý do mở khóa; null khi đã duyệt (ý kiến cũ ở lịch sử)") String comment) {

        static ReportDto of(ReportView v) {
            var r = v.report();
            return new ReportDto(v.state().word(), v.target().deadline(), r == null ? null : r.submittedBy(),
                    r == null ? null : r.submittedAt(), r == null ? null : r.approvedBy(), r == null ? null : r.approvedAt(),
                    v.onTime(), v.currentComment());
        }
    }

    @Schema(description = "Gửi báo cáo; reason bắt buộc khi báo cáo còn thiếu")
    record SubmitBody(String reason) {
    }

    @Schema(description = "Trả lại báo cáo: ý kiến bắt buộc")
    record CommentBody(String comment) {
    }

    @Schema(description = "Mở khóa hoặc chấp nhận thiếu: lý do bắt buộc")
    record ReasonBody(String reason) {
    }

    @Schema(description = "Một đơn vị phải báo cáo")
    record UnitDto(String code, String name, @Schema(allowableValues = {"draft", "submitted", "approved", "returned"}) String state,
                   Boolean onTime) {
    }

    @Schema(description = "Tình hình nộp báo cáo: đầy đủ và đúng hạn")
    record CompletenessDto(int expected, int submitted, int onTime, int late, int missing, int approved,
                           @Schema(description = "0–100") double completenessRate, @Schema(description = "0–100") double timelinessRate,
                           List<UnitDto> units) {

        static CompletenessDto of(Completeness c) {
            return new CompletenessDto(c.expected(), c.submitted(), c.onTime(), c.late(), c.missing(), c.approved(),
                    c.completenessRate(), c.timelinessRate(),
                    c.units().stream().map(u -> new UnitDto(u.code(), u.name(), u.state().word(), u.onTime())).toList());
        }
    }
}
