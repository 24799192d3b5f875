package vn.tiendo.security;

import org.springframework.stereotype.Component;

/**
 * Placeholder until users and roles exist (issue 4): allows everything. Replaced by the role- and
 * org-unit-scoped policy; callers already ask it on every request, so nothing else changes then.
 */
@Component
public class OpenAccessPolicy implements AccessPolicy {

    @Override
    public boolean can(Permission permission, long orgUnitId) {
        return true;
    }

    @Override
    public String username() {
        return "anonymous";
    }
}
