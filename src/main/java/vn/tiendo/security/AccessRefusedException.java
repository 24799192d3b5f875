package vn.tiendo.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The current user may not do this on this unit (403, with a Vietnamese message). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(AccessPolicy.Permission permission, long orgUnitId) {
        super("Bạn không có quyền " + verb(permission) + " đơn vị này (mã nội bộ " + orgUnitId + ").");
    }

    public AccessRefusedException(String message) {
        super(message);
    }

    /** "xem", "báo cáo số liệu cho", …: what the permission allows, to be followed by a unit. */
    public static String verb(AccessPolicy.Permission permission) {
        return switch (permission) {
            case VIEW -> "xem";
            case REPORT -> "báo cáo số liệu cho";
            case APPROVE -> "phê duyệt số liệu của";
            case MANAGE -> "quản lý chương trình của";
            case ADMIN -> "quản trị";
        };
    }
}
