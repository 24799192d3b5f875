package vn.tiendo.security;

import java.util.EnumSet;
import java.util.Set;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * A role (vai trò) granted to a user on an org unit; it applies to that unit and every unit below it.
 * Each role carries a fixed set of {@link Permission}s.
 */
public enum Role {
    /** quản trị hệ thống: everything, including users and roles */
    ADMIN("Quản trị hệ thống", EnumSet.allOf(Permission.class)),
    /** chủ trì chương trình: province or commune office owning a programme */
    PROGRAMME_OWNER("Chủ trì chương trình", EnumSet.of(Permission.VIEW, Permission.REPORT, Permission.MANAGE)),
    /** cán bộ báo cáo of a body or unit */
    REPORTER("Cán bộ báo cáo", EnumSet.of(Permission.VIEW, Permission.REPORT)),
    /** phê duyệt: the level above approves reports */
    APPROVER("Phê duyệt", EnumSet.of(Permission.VIEW, Permission.APPROVE)),
    /** kiểm tra (Ủy ban Kiểm tra): reads everything in scope, changes nothing */
    INSPECTOR("Kiểm tra", EnumSet.of(Permission.VIEW)),
    /** xem */
    VIEWER("Xem", EnumSet.of(Permission.VIEW));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    /** Vietnamese name shown in the pages. */
    public String label() {
        return label;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The roles that carry {@code permission}. */
    public static Set<Role> granting(Permission permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : values()) {
            if (r.grants(permission)) {
                roles.add(r);
            }
        }
        return roles;
    }
}
