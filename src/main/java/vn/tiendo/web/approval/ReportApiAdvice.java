package vn.tiendo.web.approval;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tiendo.dataapproval.ReportConflictException;
import vn.tiendo.dataapproval.ReportRefusedException;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.programmes.ProgrammeNotFoundException;
import vn.tiendo.security.AccessRefusedException;

/** RFC 7807 problem JSON of the reporting cycle API, with a Vietnamese {@code detail}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ReportApiController.class)
public class ReportApiAdvice {

    @ExceptionHandler(ReportConflictException.class)
    public ProblemDetail conflict(ReportConflictException e) {
        return problem(HttpStatus.CONFLICT, "report-state", "Trạng thái báo cáo không cho phép", e.getMessage());
    }

    @ExceptionHandler(ReportRefusedException.class)
    public ProblemDetail refused(ReportRefusedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused", "Chưa thực hiện được", e.getMessage());
        if (!e.missing().isEmpty()) {
            p.setProperty("missing", e.missing());
        }
        return p;
    }

    @ExceptionHandler(AccessRefusedException.class)
    public ProblemDetail forbidden(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", e.getMessage());
    }

    @ExceptionHandler({EntryNotFoundException.class, ProgrammeNotFoundException.class})
    public ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-json", "JSON không đọc được", "Nội dung gửi lên không phải JSON đúng dạng.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://tiendo.vn/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
