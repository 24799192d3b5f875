package vn.tiendo.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The actor of the current change: a name set for the current thread by a command or job
 * ({@link #runAs}), else the authenticated web user ({@code request.getRemoteUser()}, or Spring Security's
 * context inside its filters), else "anonymous" in a web request and "system" outside one.
 */
@Component
public class CurrentActor implements AuditContext {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    /** Runs {@code work} with {@code actor} recorded as the author of its changes. */
    public static <T> T runAs(String actor, Supplier<T> work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    @Override
    public String actor() {
        String set = ACTOR.get();
        if (set != null) {
            return set;
        }
        HttpServletRequest request = request();
        if (request != null && request.getRemoteUser() != null) {
            return request.getRemoteUser();
        }
        // inside the security filters the request is not yet wrapped: ask Spring Security directly
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return request != null ? "anonymous" : "system";
    }

    @Override
    public String address() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
