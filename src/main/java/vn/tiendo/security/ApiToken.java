package vn.tiendo.security;

import java.time.OffsetDateTime;

/** A personal API token (mã truy cập API) as listed to its owner; the secret itself is never stored. */
public record ApiToken(long id, long userId, String name, OffsetDateTime createdAt, OffsetDateTime lastUsed,
                       OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
