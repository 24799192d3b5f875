package vn.tiendo.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The real access policy: a user may do a {@link Permission} on a unit when one of their role grants
 * carries it on that unit or on a unit above it ({@code org_unit.path}). Grants are read from the
 * database on every check, so granting and revoking take effect at once.
 *
 * <p>Outside any web request and without an authenticated user (a command run by the operator on the
 * server, a start-up job) everything is allowed: whoever runs the command already holds the database.
 */
@Component
public class ScopedAccessPolicy implements AccessPolicy {

    private final JdbcClient jdbc;

    public ScopedAccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean can(Permission permission, long orgUnitId) {
        Optional<TiendoPrincipal> user = currentUser();
        if (user.isEmpty()) {
            return isLocalProcess();
        }
        return hasRoleOn(user.get().id(), Role.granting(permission), orgUnitId);
    }

    @Override
    public String username() {
        return currentUser().map(TiendoPrincipal::getUsername).orElse("anonymous");
    }

    /** The logged-in user of this thread, if any. */
    public static Optional<TiendoPrincipal> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TiendoPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** True when the user holds one of {@code roles} on the unit or above it, and the account is active. */
    public boolean hasRoleOn(long userId, Collection<Role> roles, long orgUnitId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM role_grant g JOIN org_unit a ON a.id = g.org_unit_id
                                JOIN app_user usr ON usr.id = g.user_id AND usr.enabled AND usr.erased_at IS NULL,
                                org_unit u
                                WHERE g.user_id = ? AND u.id = ? AND u.path LIKE a.path || '%' AND g.role = ANY (?))""")
                .param(userId).param(orgUnitId).param(names(roles)).query(Boolean.class).single();
    }

    /** Units on which the current user holds one of {@code roles} (the tops of their scope). */
    public List<Long> scopeOf(Set<Role> roles) {
        return currentUser().map(u -> jdbc.sql("""
                        SELECT DISTINCT g.org_unit_id FROM role_grant g JOIN app_user usr ON usr.id = g.user_id
                         WHERE g.user_id = ? AND usr.enabled AND usr.erased_at IS NULL AND g.role = ANY (?)""")
                .param(u.id()).param(names(roles)).query(Long.class).list()).orElse(List.of());
    }

    /** True when the current user holds one of {@code roles} on some unit. */
    public boolean hasRoleAnywhere(Set<Role> roles) {
        return !scopeOf(roles).isEmpty();
    }

    private static String[] names(Collection<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    private static boolean isLocalProcess() {
        return RequestContextHolder.getRequestAttributes() == null
                && SecurityContextHolder.getContext().getAuthentication() == null;
    }
}
