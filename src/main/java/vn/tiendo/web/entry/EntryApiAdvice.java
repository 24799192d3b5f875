package vn.tiendo.web.entry;

import java.net.URI;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeNotFoundException;

/** RFC 7807 problem JSON for the data entry API, with a Vietnamese {@code detail} naming the field. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {EntryApiController.class, DataValueSetController.class, EntrySendController.class})
public class EntryApiAdvice {

    @ExceptionHandler(EntryRejectedException.class)
    public ProblemDetail rejected(EntryRejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-value", "Số liệu không hợp lệ", e.getMessage());
        p.setProperty("errors", e.errors().stream().map(x -> Map.of("field", x.field().key(), "message", x.text())).toList());
        return p;
    }

    @ExceptionHandler(StaleValueException.class)
    public ProblemDetail stale(StaleValueException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "stale-version", "Số liệu đã được người khác cập nhật", e.getMessage());
        p.setProperty("errors", e.conflicts().stream().map(c -> Map.of("field", c.field().key(), "message", c.text(),
                "currentVersion", c.version())).toList());
        return p;
    }

    @ExceptionHandler(vn.tiendo.entry.LockedReportException.class)
    public ProblemDetail locked(vn.tiendo.entry.LockedReportException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "report-locked", "Báo cáo đã được phê duyệt và khóa", e.getMessage());
        p.setProperty("errors", e.refusals().stream().map(m -> Map.of("message", m)).toList());
        return p;
    }

    @ExceptionHandler({EntryNotFoundException.class, ProgrammeNotFoundException.class})
    public ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, ProgrammeConflictException.class})
    public ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-json", "JSON không đọc được",
                "Nội dung gửi lên không phải JSON đúng dạng: "
                        + String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse(""));
    }

    @ExceptionHandler(AccessRefusedException.class)
    public ProblemDetail refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://tiendo.vn/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
