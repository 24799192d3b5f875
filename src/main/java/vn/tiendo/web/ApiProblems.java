package vn.tiendo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem JSON in Vietnamese for what Spring MVC itself refuses (a parameter of the wrong type, a missing parameter,
 * an unsupported content type, a malformed multipart body…): replaces Spring Boot's problem-details handler, whose
 * titles and details are English and quote Java types. The answers never carry a stack trace, an exception or SQL.
 * The feature advices (web.entry, web.task, web.approval) come first for their own exceptions.
 */
@ControllerAdvice
@Order(0)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Map<Integer, String> TITLES = Map.of(400, "Yêu cầu không hợp lệ", 401, "Chưa đăng nhập", 403, "Không có quyền",
            404, "Không tìm thấy", 405, "Phương thức không được hỗ trợ", 406, "Không trả được định dạng yêu cầu",
            409, "Xung đột dữ liệu", 413, "Tệp quá lớn", 415, "Kiểu nội dung không được hỗ trợ", 422, "Dữ liệu không hợp lệ");

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail(ex, status));
        p.setTitle(TITLES.getOrDefault(status.value(), "Yêu cầu không thực hiện được"));
        p.setType(URI.create("https://tiendo.vn/problems/" + status.value()));
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out).body(p);
    }

    /** The Vietnamese detail: names the parameter or the expected form, never a Java type. */
    static String detail(Exception ex, HttpStatusCode status) {
        if (ex.getClass() == org.springframework.web.server.ResponseStatusException.class
                && ((org.springframework.web.server.ResponseStatusException) ex).getReason() != null) {
            return ((org.springframework.web.server.ResponseStatusException) ex).getReason();  // our own Vietnamese reason
        }
        if (ex instanceof MethodArgumentTypeMismatchException m) {
            return "Tham số \"" + m.getName() + "\" có giá trị \"" + m.getValue() + "\" không đúng dạng"
                    + (m.getRequiredType() != null && Number.class.isAssignableFrom(box(m.getRequiredType())) ? " (cần một số nguyên)." : ".");
        }
        if (ex instanceof MissingServletRequestParameterException m) {
            return "Thiếu tham số \"" + m.getParameterName() + "\".";
        }
        if (ex instanceof MissingServletRequestPartException m) {
            return "Thiếu phần \"" + m.getRequestPartName() + "\" của nội dung multipart.";
        }
        if (ex instanceof MissingPathVariableException m) {
            return "Thiếu \"" + m.getVariableName() + "\" trong địa chỉ.";
        }
        if (ex instanceof MultipartException) {
            return "Nội dung multipart/form-data không đọc được (thiếu ranh giới hoặc bị cắt).";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException m) {
            return "Kiểu nội dung " + m.getContentType() + " không được hỗ trợ; dùng " + m.getSupportedMediaTypes() + ".";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Không trả được định dạng trong Accept; dùng application/json.";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException m) {
            return "Phương thức " + m.getMethod() + " không dùng được ở địa chỉ này.";
        }
        if (ex instanceof NoResourceFoundException) {
            return "Không có địa chỉ này.";
        }
        if (ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            return "Nội dung gửi lên không phải JSON đúng dạng.";
        }
        return TITLES.getOrDefault(status.value(), "Yêu cầu không thực hiện được") + ".";
    }

    private static Class<?> box(Class<?> type) {
        return type == long.class ? Long.class : type == int.class ? Integer.class : type;
    }

    /** The last resort for the API: a server error answered in Vietnamese problem JSON, its cause only in the log. */
    @ControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)  // pages keep their advices
    @Order
    static class ServerErrors {

        private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

        /** Ties with the global ProgrammeNotFoundAdvice (same order): answered here as problem JSON for the API. */
        @ExceptionHandler(vn.tiendo.programmes.ProgrammeNotFoundException.class)
        ResponseEntity<ProblemDetail> notFound(vn.tiendo.programmes.ProgrammeNotFoundException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            p.setTitle(TITLES.get(404));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }

        @ExceptionHandler(Exception.class)
        ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
            if (!request.getRequestURI().startsWith("/api/") || e instanceof org.springframework.security.access.AccessDeniedException
                    || e instanceof org.springframework.security.core.AuthenticationException
                    || DatabaseUnavailableFilter.isDatabaseDown(e)) {
                throw e;  // pages keep their error page; Spring Security answers its own refusals; database down: 503
            }
            org.springframework.web.bind.annotation.ResponseStatus declared = org.springframework.core.annotation.AnnotatedElementUtils
                    .findMergedAnnotation(e.getClass(), org.springframework.web.bind.annotation.ResponseStatus.class);
            if (declared != null || e instanceof org.springframework.web.ErrorResponse) {
                HttpStatusCode status = declared != null ? declared.code() : ((org.springframework.web.ErrorResponse) e).getStatusCode();
                ProblemDetail p = ProblemDetail.forStatusAndDetail(status, declared != null && e.getMessage() != null ? e.getMessage()
                        : detail(e, status));
                p.setTitle(TITLES.getOrDefault(status.value(), "Yêu cầu không thực hiện được"));
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
            }
            LOG.error("Lỗi máy chủ ở {} {}", request.getMethod(), request.getRequestURI(), e);
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Lỗi máy chủ; yêu cầu chưa được thực hiện, không có gì được lưu dở. Hãy thử lại sau hoặc báo quản trị viên.");
            p.setTitle("Lỗi máy chủ");
            p.setType(URI.create("https://tiendo.vn/problems/500"));
            return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
    }
}
