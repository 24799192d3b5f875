package vn.tiendo.web.report.batch;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.report.batch.BatchNotFoundException;
import vn.tiendo.security.AccessRefusedException;

/** RFC 7807 problem JSON for the report batch API, with a Vietnamese {@code detail}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ReportBatchApiController.class)
class ReportBatchApiAdvice {

    @ExceptionHandler(BatchNotFoundException.class)
    ProblemDetail notFound(BatchNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "Yêu cầu không hợp lệ", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Chưa làm được", e.getMessage());
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e) {
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
