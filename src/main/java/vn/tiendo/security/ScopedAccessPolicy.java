package vn.tiendo.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The real access policy: a user may do a {@link Permission} on a unit when one of their role grants
 * carries it on that unit or on a unit above it ({@code org_unit.path}). Grants come from {@link GrantCache},
 * which {@link UserService} empties on every grant, revocation and erasure, so they take effect on the
 * next request.
 *
 * <p>Outside any web request and without an authenticated user (a command run by the operator on the
 * server, a start-up job) everything is allowed: whoever runs the command already holds the database.
 */
@Component
public class ScopedAccessPolicy implements AccessPolicy {

    private final GrantCache grants;

    public ScopedAccessPolicy(GrantCache grants) {
        this.grants = grants;
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
        return grants.of(userId).holds(roles, grants.pathOf(orgUnitId));
    }

    /** Units on which the current user holds one of {@code roles} (the tops of their scope). */
    public List<Long> scopeOf(Set<Role> roles) {
        return currentUser().map(u -> grants.of(u.id()).unitsWith(roles)).orElse(List.of());
    }

    /** True when the current user holds one of {@code roles} on some unit. */
    public boolean hasRoleAnywhere(Set<Role> roles) {
        return !scopeOf(roles).isEmpty();
    }

    private static boolean isLocalProcess() {
        return RequestContextHolder.getRequestAttributes() == null
                && SecurityContextHolder.getContext().getAuthentication() == null;
    }
}
