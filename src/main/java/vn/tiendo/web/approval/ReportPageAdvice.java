package vn.tiendo.web.approval;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.tiendo.web.ErrorPage;
import vn.tiendo.dataapproval.ReportConflictException;
import vn.tiendo.dataapproval.ReportRefusedException;
import vn.tiendo.entry.EntryNotFoundException;
import vn.tiendo.programmes.ProgrammeNotFoundException;

/** Vietnamese error pages of the reporting cycle pages: unknown programme or unit (404), bad period (400), refusals. */
@ControllerAdvice(assignableTypes = {ReportPageController.class, CompletenessPageController.class, ScheduleController.class})
public class ReportPageAdvice {

    @ExceptionHandler({EntryNotFoundException.class, ProgrammeNotFoundException.class})
    public String notFound(RuntimeException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
    }

    @ExceptionHandler(ReportRefusedException.class)
    public String refused(ReportRefusedException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), model, response);
    }

    @ExceptionHandler(ReportConflictException.class)
    public String conflict(ReportConflictException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }
}
