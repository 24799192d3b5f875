package vn.tiendo.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Names the node on every response ({@code X-Tiendo-Node}) and, while {@link SchemaGuard} refuses the database,
 * answers every request but the health check with 503 and the reason: problem JSON for the API, a page for a browser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NodeFilter extends OncePerRequestFilter {

    private final NodeIdentity node;
    private final SchemaGuard schema;

    NodeFilter(NodeIdentity node, SchemaGuard schema) {
        this.node = node;
        this.schema = schema;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(NodeIdentity.HEADER, node.name());
        String refusal = schema.refusal();
        if (refusal == null || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Nút tạm ngừng phục vụ"
                    + "</title></head><body><h1>Nút " + HtmlUtils.htmlEscape(node.name(), "UTF-8") + " tạm ngừng phục vụ</h1><p>"
                    + HtmlUtils.htmlEscape(refusal, "UTF-8") + "</p></body></html>");
        } else {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Nút tạm ngừng phục vụ\",\"status\":503,\"detail\":\""
                    + json(refusal) + "\",\"node\":\"" + json(node.name()) + "\"}");
        }
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.toString();
    }
}
