package vn.tiendo.security;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/** Accounts (tài khoản) and their role grants; every change is audited in the same transaction. */
@Repository
public class UserRepository {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** How long a locked account stays locked. */
    public static final java.time.Duration LOCK_DURATION = java.time.Duration.ofMinutes(15);

    private static final String COLUMNS = """
            u.id, u.username, u.display_name, u.position, u.org_unit_id, ou.full_name AS unit_name, u.email, u.phone,
            u.enabled, u.failed_attempts, u.locked_until, u.demo, u.erased_at, u.created_at
              FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id""";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final AuditContext context;
    private final GrantCache grantCache;
    private final ApiTokenRepository tokens;

    public UserRepository(JdbcClient jdbc, PasswordEncoder encoder, OrgUnitRepository units, AuditLog audit,
                          AuditContext context, GrantCache grantCache, ApiTokenRepository tokens) {
        this.jdbc = jdbc;
        this.grantCache = grantCache;
        this.tokens = tokens;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
        this.context = context;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE u.username = ?").param(username).query(UserRepository::map).optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE u.id = ?").param(id).query(UserRepository::map).optional();
    }

    /** The principal for a login: username, password hash and state, read at {@code now}. */
    public Optional<TiendoPrincipal> principal(String username, java.time.Instant now) {
        return jdbc.sql("SELECT id, username, password_hash, enabled, locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, i) -> new TiendoPrincipal(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getObject("locked_until", OffsetDateTime.class), now))
                .optional();
    }

    /** Accounts whose unit lies within one of {@code scopeUnitIds}; accounts without unit only for a nation-wide scope. */
    public List<UserAccount> listWithin(List<Long> scopeUnitIds) {
        if (scopeUnitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         WHERE EXISTS (SELECT 1 FROM org_unit s WHERE s.id = ANY (?)
                                         AND (ou.path LIKE s.path || '%' OR (ou.id IS NULL AND s.parent_id IS NULL)))
                         ORDER BY u.username""")
                .param(scopeUnitIds.toArray(Long[]::new)).query(UserRepository::map).list();
    }

    /** Creates an account with {@code rawPassword} (hashed with Argon2) and returns its id. */
    @Transactional
    public long create(NewUser input, String rawPassword, boolean demo) {
        NewUser u = input.validated();
        Passwords.checked("Mật khẩu", rawPassword);
        OrgUnit unit = units.findByCode(u.unitCode())
                .orElseThrow(() -> new InvalidInputException("Đơn vị", "không có đơn vị mã " + u.unitCode() + "."));
        if (findByUsername(u.username()).isPresent()) {
            throw new InvalidInputException("Tên đăng nhập", "đã có tài khoản " + u.username() + ".");
        }
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, position, org_unit_id, email, phone, password_hash, demo, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(u.username()).param(u.displayName()).param(u.position()).param(unit.id()).param(u.email())
                .param(u.phone()).param(encoder.encode(rawPassword)).param(demo).param(context.actor())
                .query(Long.class).single();
        audit.record("CREATE", "user", id, unit.id(), null, publicView(u, unit), "Tạo tài khoản " + u.username());
        return id;
    }

    private static Map<String, Object> publicView(NewUser u, OrgUnit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("unit", unit.code() == null ? unit.fullName() : unit.code());
        return m;
    }

    @Transactional
    public void changePassword(long userId, String rawPassword) {
        Passwords.checked("Mật khẩu mới", rawPassword);
        UserAccount u = findById(userId).orElseThrow();
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = NULL WHERE id = ?")
                .param(encoder.encode(rawPassword)).param(userId).update();
        audit.record("PASSWORD", "user", userId, u.orgUnitId(), null, null, "Đổi mật khẩu tài khoản " + u.username());
    }

    public boolean passwordMatches(long userId, String rawPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(userId).query(String.class).single();
        return rawPassword != null && encoder.matches(rawPassword, hash);
    }

    /** Counts a failed login; at {@link #MAX_FAILED_ATTEMPTS} the account is locked. Returns the count (0: no such user). */
    @Transactional
    public int recordFailedLogin(String username) {
        Optional<UserAccount> user = findByUsername(username);
        if (user.isEmpty()) {
            return 0;
        }
        int count = jdbc.sql("""
                UPDATE app_user SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= ? THEN now() + make_interval(mins => ?) ELSE locked_until END
                 WHERE id = ? RETURNING failed_attempts""")
                .param(MAX_FAILED_ATTEMPTS).param((int) LOCK_DURATION.toMinutes()).param(user.get().id())
                .query(Integer.class).single();
        if (count == MAX_FAILED_ATTEMPTS) {
            audit.record("LOCK", "user", user.get().id(), user.get().orgUnitId(), null, Map.of("failedAttempts", count),
                    "Khóa tài khoản " + username + " " + LOCK_DURATION.toMinutes() + " phút sau " + count + " lần đăng nhập sai");
        }
        return count;
    }

    public void resetFailedLogins(long userId) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND failed_attempts > 0")
                .param(userId).update();
    }

    /** True while the account exists, is enabled and not erased (checked on every request, from {@link GrantCache}). */
    public boolean isActive(long userId) {
        return grantCache.of(userId).active();
    }

    private static final String GRANT_SQL = """
            SELECT g.id, g.user_id, g.role, g.org_unit_id, u.code, u.full_name
              FROM role_grant g JOIN org_unit u ON u.id = g.org_unit_id""";

    public List<RoleGrant> grants(long userId) {
        return jdbc.sql(GRANT_SQL + " WHERE g.user_id = ? ORDER BY length(u.path), g.role").param(userId)
                .query(UserRepository::mapGrant).list();
    }

    public Optional<RoleGrant> findGrant(long grantId) {
        return jdbc.sql(GRANT_SQL + " WHERE g.id = ?").param(grantId).query(UserRepository::mapGrant).optional();
    }

    private static RoleGrant mapGrant(ResultSet rs, int row) throws SQLException {
        return new RoleGrant(rs.getLong(1), rs.getLong(2), Role.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5),
                rs.getString(6));
    }

    /** Grants {@code role} on the unit (idempotent). */
    @Transactional
    public void grant(long userId, Role role, long orgUnitId) {
        UserAccount u = findById(userId).orElseThrow(() -> new InvalidInputException("Tài khoản", "không tồn tại."));
        grantCache.invalidate();
        int added = jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .param(userId).param(role.name()).param(orgUnitId).param(context.actor()).update();
        if (added > 0) {
            audit.record("GRANT", "role", userId, orgUnitId, null, Map.of("username", u.username(), "role", role.name()),
                    "Giao vai trò " + role.label() + " cho " + u.username());
        }
    }

    @Transactional
    public void revoke(long grantId) {
        RoleGrant g = findGrant(grantId).orElseThrow(() -> new InvalidInputException("Vai trò", "không tồn tại."));
        UserAccount u = findById(g.userId()).orElseThrow();
        grantCache.invalidate();
        jdbc.sql("DELETE FROM role_grant WHERE id = ?").param(grantId).update();
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
        UserAccount u = findById(userId).orElseThrow(() -> new InvalidInputException("Tài khoản", "không tồn tại."));
        if (u.erasedAt() != null) {
            return u.username();
        }
        String pseudonym = pseudonym(u.username());
        grantCache.invalidate();
        jdbc.sql("""
                UPDATE app_user SET username = ?, display_name = NULL, position = NULL, org_unit_id = NULL, email = NULL,
                       phone = NULL, enabled = FALSE, password_hash = ?, erased_at = now() WHERE id = ?""")
                .param(pseudonym).param(encoder.encode(Passwords.generate())).param(userId).update();
        jdbc.sql("DELETE FROM role_grant WHERE user_id = ?").param(userId).update();
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
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ? AND demo")
                .param(encoder.encode(rawPassword)).param(userId).update();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("org_unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("position"),
                unitId, rs.getString("unit_name"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("demo"),
                rs.getObject("erased_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
