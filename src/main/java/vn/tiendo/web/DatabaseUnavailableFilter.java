package vn.tiendo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tiendo.storage.PrimaryUnavailableException;
import vn.tiendo.storage.ReadRouting;

/**
 * When the database cannot be reached (connection refused, the pool times out, the server died mid-request),
 * every request — page, API, or the sign-in filters before them — gets a 503 with a Vietnamese message:
 * problem JSON for the API and other non-HTML clients, a short page for browsers, and {@code Retry-After}.
 * The request's transaction was not committed, so nothing is half-written. With a replica, while the primary is
 * down, writes get this at once with their own message (reads go on from the replica, docs/deploy.md "Bản sao đọc").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String TITLE = "Cơ sở dữ liệu tạm thời không truy cập được";
    static final String DETAIL = "Cơ sở dữ liệu tạm thời không truy cập được; thay đổi của bạn chưa được lưu."
            + " Xin thử lại sau ít phút. Nếu lỗi kéo dài, hãy báo quản trị hệ thống.";
    /** The primary is down but a replica serves reads (docs/deploy.md "Bản sao đọc"). */
    static final String PRIMARY_TITLE = "Máy chủ cơ sở dữ liệu chính không trả lời";
    static final String PRIMARY_DETAIL = "Máy chủ cơ sở dữ liệu chính không trả lời: thay đổi chưa được lưu."
            + " Các trang xem số liệu vẫn đọc được từ bản sao. Xin thử lại sau ít phút; nếu lỗi kéo dài, hãy báo quản trị hệ thống.";

    private final ObjectProvider<ReadRouting> routing;

    public DatabaseUnavailableFilter(ObjectProvider<ReadRouting> routing) {
        this.routing = routing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isDatabaseDown(e) || response.isCommitted()) {
                throw e;
            }
            logger.warn("Cơ sở dữ liệu không truy cập được: " + request.getMethod() + " " + request.getRequestURI() + " (" + e + ")");
            ReadRouting r = routing.getIfAvailable();
            boolean primaryOnly = r != null && r.enabled() && (r.primaryDown() || primaryRefused(e));
            write(request, response, primaryOnly ? PRIMARY_TITLE : TITLE, primaryOnly ? PRIMARY_DETAIL : DETAIL);
        }
    }

    static boolean isDatabaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof PrimaryUnavailableException || readOnlyReplica(t)) {
                return true;
            }
        }
        return false;
    }

    /** A write reached the replica while the primary was down ("cannot execute … in a read-only transaction"). */
    private static boolean readOnlyReplica(Throwable t) {
        return t instanceof SQLException sql && "25006".equals(sql.getSQLState());
    }

    private static boolean primaryRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PrimaryUnavailableException || readOnlyReplica(t)) {
                return true;
            }
        }
        return false;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String title, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = String.valueOf(request.getHeader("Accept"));
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept.contains("text/html")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><main><h1>" + title + "</h1><p>" + detail + "</p></main></body></html>");
            return;
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"https://tiendo.vn/problems/database-unavailable\",\"title\":\"" + title
                + "\",\"status\":503,\"detail\":\"" + detail + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
