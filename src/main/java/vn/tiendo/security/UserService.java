package vn.tiendo.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The policy of accounts (tài khoản) over {@link UserStore}: passwords are checked ({@link Passwords}) and
 * hashed (Argon2), 5 failed logins in a row lock an account for 15 minutes (time from the injected
 * {@link Clock}), personal data is erased on request, and every change is audited in the same transaction.
 * Changes of grants or of an account's state empty the {@link GrantCache}.
 */
@Service
public class UserService {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final AuditContext context;
    private final GrantCache grantCache;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    public UserService(UserStore store, PasswordEncoder encoder, OrgUnitRepository units, AuditLog audit,
                       AuditContext context, GrantCache grantCache, ApiTokenRepository tokens, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
        this.context = context;
        this.grantCache = grantCache;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return store.findByUsername(username);
    }

    public Optional<UserAccount> findById(long id) {
        return store.findById(id);
    }

    /** Accounts whose unit lies within one of {@code scopeUnitIds}; accounts without unit only for a nation-wide scope. */
    public List<UserAccount> listWithin(List<Long> scopeUnitIds) {
        return scopeUnitIds.isEmpty() ? List.of() : store.listWithin(scopeUnitIds);
    }

    /** The principal for a login: username, password hash, and whether the account is enabled and locked now. */
    public Optional<TiendoPrincipal> principal(String username) {
        return store.credentials(username).map(c -> new TiendoPrincipal(c.id(), c.username(), c.passwordHash(), c.enabled(),
                lockedAt(c.lockedUntil(), now())));
    }

    /** The current instant of the injected clock. */
    public Instant now() {
        return clock.instant();
    }

    /** True while the account's lock lasts. */
    public boolean lockedNow(UserAccount account) {
        return account.lockedAt(now());
    }

    static boolean lockedAt(OffsetDateTime lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /** Creates an account with {@code rawPassword} (hashed with Argon2) and returns its id. */
    @Transactional
    public long create(NewUser input, String rawPassword, boolean demo) {
        NewUser u = input.validated();
        Passwords.checked("Mật khẩu", rawPassword);
        OrgUnit unit = units.findByCode(u.unitCode())
                .orElseThrow(() -> new InvalidInputException("Đơn vị", "không có đơn vị mã " + u.unitCode() + "."));
        if (store.findByUsername(u.username()).isPresent()) {
            throw new InvalidInputException("Tên đăng nhập", "đã có tài khoản " + u.username() + ".");
        }
        long id = store.insert(u, unit.id(), encoder.encode(rawPassword), demo, context.actor());
        audit.record("CREATE", "user", id, unit.id(), null, publicView(u, unit), "Tạo tài khoản " + u.username());
        return id;
    }

    private static Map<String, Object> publicView(NewUser u, OrgUnit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("unit", unit.code() == null ? unit.fullName() : unit.code());
        return m;
    }

    /** A new password (checked, hashed); it also ends any lock. */
    @Transactional
    public void changePassword(long userId, String rawPassword) {
        Passwords.checked("Mật khẩu mới", rawPassword);
        UserAccount u = store.findById(userId).orElseThrow();
        store.updatePassword(userId, encoder.encode(rawPassword), OffsetDateTime.now(clock));
        audit.record("PASSWORD", "user", userId, u.orgUnitId(), null, null, "Đổi mật khẩu tài khoản " + u.username());
    }

    public boolean passwordMatches(long userId, String rawPassword) {
        return rawPassword != null && encoder.matches(rawPassword, store.passwordHash(userId));
    }

    /**
     * Counts a failed login; from the {@value #MAX_FAILED_ATTEMPTS}th in a row the account is locked for
     * {@link #LOCK_DURATION} from now (the clock's now). Returns the count (0: no such user).
     */
    @Transactional
    public int recordFailedLogin(String username) {
        Optional<UserAccount> user = store.findByUsername(username);
        if (user.isEmpty()) {
            return 0;
        }
        int count = store.addFailedLogin(user.get().id());
        if (count >= MAX_FAILED_ATTEMPTS) {
            store.lockUntil(user.get().id(), OffsetDateTime.now(clock).plus(LOCK_DURATION));
        }
        if (count == MAX_FAILED_ATTEMPTS) {
            audit.record("LOCK", "user", user.get().id(), user.get().orgUnitId(), null, Map.of("failedAttempts", count),
                    "Khóa tài khoản " + username + " " + LOCK_DURATION.toMinutes() + " phút sau " + count + " lần đăng nhập sai");
        }
        return count;
    }

    public void resetFailedLogins(long userId) {
        store.resetFailedLogins(userId);
    }

    /** True while the account exists, is enabled and not erased (checked on every request, from {@link GrantCache}). */
    public boolean isActive(long userId) {
        return grantCache.of(userId).active();
    }

    public List<RoleGrant> grants(long userId) {
        return store.grants(userId);
    }

    public Optional<RoleGrant> findGrant(long grantId) {
        return store.findGrant(grantId);
    }

    /** Grants {@code role} on the unit (idempotent). */
    @Transactional
    public void grant(long userId, Role role, long orgUnitId) {
        UserAccount u = store.findById(userId).orElseThrow(() -> new InvalidInputException("Tài khoản", "không tồn tại."));
        grantCache.invalidate();
        if (store.insertGrant(userId, role, orgUnitId, context.actor()) > 0) {
            audit.record("GRANT", "role", userId, orgUnitId, null, Map.of("username", u.username(), "role", role.name()),
                    "Giao vai trò " + role.label() + " cho " + u.username());
        }
    }

    @Transactional
    public void revoke(long grantId) {
        RoleGrant g = store.findGrant(grantId).orElseThrow(() -> new InvalidInputException("Vai trò", "không tồn tại."));
        UserAccount u = store.findById(g.userId()).orElseThrow();
        grantCache.invalidate();
        store.deleteGrant(grantId);
        audit.record("REVOKE", "role", g.userId(), g.orgUnitId(), Map.of("username", u.username(), "role", g.role().name()), null,
                "Thu hồi vai trò " + g.role().label() + " của " + u.username());
    }

    /**
     * Erases the personal data of an account on request (Decree 13/2023/NĐ-CP): name, position, unit,
     * e-mail and phone are cleared, the username becomes a pseudonym, grants and tokens end, and the
     * account can no longer log in. Returns the pseudonym.
     */
    @Transactional
    public String erase(long userId) {
        UserAccount u = store.findById(userId).orElseThrow(() -> new InvalidInputException("Tài khoản", "không tồn tại."));
        if (u.erasedAt() != null) {
            return u.username();
        }
        String pseudonym = pseudonym(u.username());
        grantCache.invalidate();
        store.erase(userId, pseudonym, encoder.encode(Passwords.generate()), OffsetDateTime.now(clock));
        store.deleteGrants(userId);
        tokens.revokeAll(userId);
        audit.record("ERASE", "user", userId, u.orgUnitId(), null, Map.of("username", pseudonym),
                "Xóa dữ liệu cá nhân theo yêu cầu; tài khoản nay mang bí danh " + pseudonym);
        return pseudonym;
    }

    /** user-&lt;12 hex&gt;: a salted hash, so the pseudonym cannot be traced back to the old username by guessing. */
    static String pseudonym(String username) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return "user-" + ApiTokenRepository.sha256(HexFormat.of().formatHex(salt) + username).substring(0, 12);
    }

    /** Resets the password of a demo account (each {@code --demo} start prints fresh ones). */
    public void resetDemoPassword(long userId, String rawPassword) {
        store.updateDemoPassword(userId, encoder.encode(rawPassword));
    }
}
