package vn.tiendo.security;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A user account (tài khoản). The personal data kept (Decree 13/2023/NĐ-CP) is limited to display
 * name, position, unit, e-mail and phone; never the password hash.
 */
public record UserAccount(long id, String username, String displayName, String position, Long orgUnitId,
                          String orgUnitName, String email, String phone, boolean enabled, int failedAttempts,
                          OffsetDateTime lockedUntil, boolean demo, OffsetDateTime erasedAt, OffsetDateTime createdAt) {

    /** True while the lock after too many failed logins lasts at {@code now} (see {@link UserService#lockedNow}). */
    public boolean lockedAt(Instant now) {
        return UserService.lockedAt(lockedUntil, now);
    }
}
