package vn.tiendo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.storage.ReadRouting;
import vn.tiendo.storage.ReadScope;

/**
 * Read-your-writes with a replica (docs/deploy.md "Bản sao đọc"). After a request that may have written (any method
 * but GET, HEAD, OPTIONS) the primary's WAL position is remembered in the user's HTTP session (kept in the database,
 * so every node sees it) and, for API tokens, on this node; a later GET is a {@link ReadScope} that may read from the
 * replica only once the replica has replayed that position (the write's answer is held until then: {@link HeldFlushResponse}).
 * Without a replica it does nothing.
 * Ordered after the session filter (Spring Session) and before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String SESSION_KEY = "tiendo.lastWritePosition";

    private final ReadRouting routing;

    ReadYourWritesFilter(ReadRouting routing) {
        this.routing = routing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!routing.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            try (ReadScope ignored = ReadScope.open(required(request))) {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            chain.doFilter(request, new HeldFlushResponse(response));
        } finally {
            if (!routing.primaryDown()) {
                remember(request, routing.primaryPositionNow());
            }
        }
    }

    private long required(HttpServletRequest request) {
        long required = 0;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Long position) {
            required = position;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION);
        return token == null ? required : Math.max(required, routing.lastWrite(clientKey(token)));
    }

    private void remember(HttpServletRequest request, long position) {
        if (position <= 0) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.setAttribute(SESSION_KEY, position);
            } catch (IllegalStateException invalidated) {
                // signed out by this request: nothing to remember
            }
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token != null) {
            routing.rememberWrite(clientKey(token), position);
        }
    }

    private static String clientKey(String authorization) {
        return ApiTokenRepository.sha256(authorization);
    }
}
