package vn.tiendo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.tiendo.programmes.ProgrammeNotFoundException;

/** A programme that does not exist is 404 (Không tìm thấy) with its Vietnamese message, on pages and in the API. */
@ControllerAdvice
class ProgrammeNotFoundAdvice {

    @ExceptionHandler(ProgrammeNotFoundException.class)
    void notFound(ProgrammeNotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
    }
}
