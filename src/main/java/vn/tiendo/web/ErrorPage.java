package vn.tiendo.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The one Vietnamese error page ({@code error.html}) that the page advices render, with its status. */
public final class ErrorPage {

    private ErrorPage() {
    }

    /** Sets the status and returns the view name of the error page showing the message. */
    public static String show(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "error";
    }
}
