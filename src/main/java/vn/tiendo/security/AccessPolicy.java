package vn.tiendo.security;

/**
 * Decides what the current user may do on an org unit (and the units below it). Every web page and
 * API endpoint asks it on the server before reading or changing a unit's data.
 */
public interface AccessPolicy {

    /** What a user may do on a unit (quyền). */
    enum Permission {
        /** xem: read figures and reports */ VIEW,
        /** báo cáo: enter actual values and task progress */ REPORT,
        /** phê duyệt: approve the reports of the units below */ APPROVE,
        /** quản lý: manage programmes, indicators, targets, publication */ MANAGE,
        /** quản trị: users and roles */ ADMIN
    }

    boolean can(Permission permission, long orgUnitId);

    /** Throws {@link AccessRefusedException} unless the current user may do {@code permission} on the unit. */
    default void require(Permission permission, long orgUnitId) {
        if (!can(permission, orgUnitId)) {
            throw new AccessRefusedException(permission, orgUnitId);
        }
    }

    /** Username of the current user ("anonymous" when not logged in). */
    String username();
}
