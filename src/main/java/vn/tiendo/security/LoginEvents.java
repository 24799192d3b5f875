package vn.tiendo.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.audit.CurrentActor;

/**
 * Counts failed logins (5 in a row lock the account for 15 minutes, stored in the database) and
 * records logins, failures and logouts in the audit trail (nhật ký).
 */
@Component
public class LoginEvents {

    private final UserService users;
    private final AuditLog audit;

    public LoginEvents(UserService users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getClass() != AuthenticationSuccessEvent.class
                || !(event.getAuthentication().getPrincipal() instanceof TiendoPrincipal p)) {
            return;
        }
        users.resetFailedLogins(p.id());
        Long unit = users.findById(p.id()).map(UserAccount::orgUnitId).orElse(null);
        CurrentActor.runAs(p.getUsername(), () -> {
            audit.record("LOGIN", "user", p.id(), unit, null, null, "Đăng nhập thành công");
            return null;
        });
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = shorten(event.getAuthentication().getName());
        Optional<UserAccount> user = users.findByUsername(attempted);
        String reason;
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            int count = users.recordFailedLogin(attempted);
            reason = user.isEmpty() ? "tài khoản không tồn tại" : "sai mật khẩu (lần " + count + " liên tiếp)";
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            reason = "tài khoản đang bị khóa tạm thời";
        } else {
            reason = "tài khoản bị vô hiệu hóa hoặc lỗi xác thực";
        }
        audit.record("LOGIN_FAILED", "user", user.map(u -> (Object) u.id()).orElse(attempted),
                user.map(UserAccount::orgUnitId).orElse(null), null, Map.of("username", attempted),
                "Đăng nhập thất bại: " + reason);
    }

    /** Called by the logout handler while the user is still known. */
    public void loggedOut(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof TiendoPrincipal p) {
            Long unit = users.findById(p.id()).map(UserAccount::orgUnitId).orElse(null);
            CurrentActor.runAs(p.getUsername(), () -> {
                audit.record("LOGOUT", "user", p.id(), unit, null, null, "Đăng xuất");
                return null;
            });
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
