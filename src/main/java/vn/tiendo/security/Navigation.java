package vn.tiendo.security;

import java.util.EnumSet;
import org.springframework.stereotype.Component;

/** What the menu of the layout shows to the current user ({@code ${@navigation…}} in the templates). */
@Component("navigation")
public class Navigation {

    private final ScopedAccessPolicy policy;

    public Navigation(ScopedAccessPolicy policy) {
        this.policy = policy;
    }

    public boolean canAdminister() {
        return ScopedAccessPolicy.currentUser().isPresent() && policy.hasRoleAnywhere(EnumSet.of(Role.ADMIN));
    }

    /** Programme owners and administrators read issued documents into programmes. */
    public boolean canImport() {
        return ScopedAccessPolicy.currentUser().isPresent() && policy.hasRoleAnywhere(Role.granting(AccessPolicy.Permission.MANAGE));
    }

    public boolean canReadAudit() {
        return ScopedAccessPolicy.currentUser().isPresent() && policy.hasRoleAnywhere(EnumSet.of(Role.ADMIN, Role.INSPECTOR));
    }
}
