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

    /** Whether the account is locked at {@code now} (after too many wrong passwords). */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }
}
