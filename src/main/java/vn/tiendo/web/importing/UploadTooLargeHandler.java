package vn.tiendo.web.importing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
class UploadTooLargeHandler {

    private final UploadLimits limits;

    UploadTooLargeHandler(UploadLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView form = new ModelAndView("importing/upload");
        form.addObject("maxText", limits.maxText());
        form.addObject("error", "Tệp quá lớn; tối đa " + limits.maxText() + ".");
        form.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return form;
    }
}
