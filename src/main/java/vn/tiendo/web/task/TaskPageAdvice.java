package vn.tiendo.web.task;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.tiendo.web.ErrorPage;
import vn.tiendo.entry.EntryNotFoundException;

/** Vietnamese error pages for the task pages: unknown occurrence or evidence (404), bad version field (400). */
@ControllerAdvice(assignableTypes = TaskPagesController.class)
public class TaskPageAdvice {

    @ExceptionHandler(EntryNotFoundException.class)
    public String notFound(EntryNotFoundException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return ErrorPage.show(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
    }
}
