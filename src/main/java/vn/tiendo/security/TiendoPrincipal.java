package vn.tiendo.security;

import java.io.Serial;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user held in the session or set for one API call. Roles are not copied here:
 * they are read from {@code role_grant} on every check, so a revocation takes effect at once.
 */
public final class TiendoPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final OffsetDateTime lockedUntil;
    private final Instant readAt;

    /**
     * @param lockedUntil until when the account is locked, null when it is not
     * @param readAt      when the account's state was read (the clock's now); may be null when {@code lockedUntil} is
     */
    public TiendoPrincipal(long id, String username, String passwordHash, boolean enabled, OffsetDateTime lockedUntil,
                           Instant readAt) {
        this.readAt = readAt;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public long id() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.toInstant().isBefore(readAt);
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("USER"));
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TiendoPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
