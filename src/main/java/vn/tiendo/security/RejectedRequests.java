package vn.tiendo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request the firewall refuses (";" or an encoded "%" in the address, and the like) gets 400: problem JSON in
 * Vietnamese for the API, the error page for a browser; Spring Security picks this bean up. Without it the refusal
 * reached the generic error endpoint and the API answered with English JSON.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Yêu cầu không hợp lệ",
                    "Địa chỉ chứa ký tự không được phép (ví dụ \";\", \"%\" đã mã hóa, \"//\"); hãy kiểm tra các mã trong đường dẫn.");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
