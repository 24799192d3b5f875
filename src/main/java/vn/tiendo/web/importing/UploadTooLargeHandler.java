package vn.tiendo.web.importing;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file far over the limit is refused by the servlet container before any controller runs; the officer
 * still gets the upload form with a Vietnamese message rather than a bare error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the problem-details handler, which would answer with JSON
class UploadTooLargeHandler {

    private final UploadLimits limits;

    UploadTooLargeHandler(UploadLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView form = new ModelAndView("importing/upload");
        form.addObject("maxText", limits.maxText());
        form.addObject("error", "Tệp quá lớn; tối đa " + limits.maxText() + ".");
        form.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return form;
    }
}
