package vn.tiendo.web.task;

import java.net.URI;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.security.AccessRefusedException;

/** RFC 7807 problem JSON for the task API, with a Vietnamese {@code detail} naming the field. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TaskApiController.class)
public class TaskApiAdvice {

    @ExceptionHandler(EntryRejectedException.class)
    public ProblemDetail rejected(EntryRejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-value", "Báo cáo tiến độ không hợp lệ", e.getMessage());
        p.setProperty("errors", e.errors().stream().map(x -> Map.of("field", x.field().key(), "message", x.text())).toList());
        return p;
    }

    @ExceptionHandler(StaleValueException.class)
    public ProblemDetail stale(StaleValueException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "stale-version", "Báo cáo đã được người khác cập nhật", e.getMessage());
        p.setProperty("errors", e.conflicts().stream().map(c -> Map.of("field", c.field().key(), "message", c.text(),
                "currentVersion", c.version(), "savedBy", c.updatedBy())).toList());
        return p;
    }

    @ExceptionHandler(vn.tiendo.entry.LockedReportException.class)
    public ProblemDetail locked(vn.tiendo.entry.LockedReportException e) {
        return problem(HttpStatus.CONFLICT, "report-locked", "Báo cáo đã được phê duyệt và khóa", e.getMessage());
    }

    @ExceptionHandler(EntryNotFoundException.class)
    public ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ", e.getMessage());
    }

    @ExceptionHandler(AccessRefusedException.class)
    public ProblemDetail refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail status(ResponseStatusException e) {
        HttpStatus s = HttpStatus.resolve(e.getStatusCode().value());
        return problem(s == null ? HttpStatus.BAD_REQUEST : s, "error", s == null ? "Lỗi" : s.getReasonPhrase(), e.getReason());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://tiendo.vn/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
