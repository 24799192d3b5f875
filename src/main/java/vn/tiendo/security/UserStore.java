package vn.tiendo.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of accounts ({@code app_user}) and their role grants ({@code role_grant}), and nothing else:
 * hashing, lockout, erasure and the audit are decided by {@link UserService}, the only caller.
 */
@Repository
public class UserStore {

    /** What a login needs: the password hash and the account's state. */
    record Credentials(long id, String username, String passwordHash, boolean enabled, OffsetDateTime lockedUntil) {
    }

    private static final String COLUMNS = """
            u.id, u.username, u.display_name, u.position, u.org_unit_id, ou.full_name AS unit_name, u.email, u.phone,
            u.enabled, u.failed_attempts, u.locked_until, u.demo, u.erased_at, u.created_at
              FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id""";

    private static final String GRANT_SQL = """
            SELECT g.id, g.user_id, g.role, g.org_unit_id, u.code, u.full_name
              FROM role_grant g JOIN org_unit u ON u.id = g.org_unit_id""";

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE u.username = ?").param(username).query(UserStore::map).optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE u.id = ?").param(id).query(UserStore::map).optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT id, username, password_hash, enabled, locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, i) -> new Credentials(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getObject("locked_until", OffsetDateTime.class)))
                .optional();
    }

    String passwordHash(long userId) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(userId).query(String.class).single();
    }

    /** Accounts whose unit lies within one of {@code scopeUnitIds}; accounts without unit only for a nation-wide scope. */
    List<UserAccount> listWithin(List<Long> scopeUnitIds) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         WHERE EXISTS (SELECT 1 FROM org_unit s WHERE s.id = ANY (?)
                                         AND (ou.path LIKE s.path || '%' OR (ou.id IS NULL AND s.parent_id IS NULL)))
                         ORDER BY u.username""")
                .param(scopeUnitIds.toArray(Long[]::new)).query(UserStore::map).list();
    }

    long insert(NewUser u, long unitId, String passwordHash, boolean demo, String createdBy) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, position, org_unit_id, email, phone, password_hash, demo, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(u.username()).param(u.displayName()).param(u.position()).param(unitId).param(u.email())
                .param(u.phone()).param(passwordHash).param(demo).param(createdBy)
                .query(Long.class).single();
    }

    /** A new password hash; the failed logins and any lock are cleared with it. */
    void updatePassword(long userId, String passwordHash, OffsetDateTime changedAt) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?")
                .param(passwordHash).param(changedAt).param(userId).update();
    }

    /** Resets the password hash of a demo account only. */
    void updateDemoPassword(long userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ? AND demo")
                .param(passwordHash).param(userId).update();
    }

    /** Adds one failed login and returns the count of failures in a row. */
    int addFailedLogin(long userId) {
        return jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts")
                .param(userId).query(Integer.class).single();
    }

    void lockUntil(long userId, OffsetDateTime until) {
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE id = ?").param(until).param(userId).update();
    }

    void resetFailedLogins(long userId) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND failed_attempts > 0")
                .param(userId).update();
    }

    /** Clears the personal data of an account, renames it to {@code pseudonym} and disables it. */
    void erase(long userId, String pseudonym, String passwordHash, OffsetDateTime erasedAt) {
        jdbc.sql("""
                UPDATE app_user SET username = ?, display_name = NULL, position = NULL, org_unit_id = NULL, email = NULL,
                       phone = NULL, enabled = FALSE, password_hash = ?, erased_at = ? WHERE id = ?""")
                .param(pseudonym).param(passwordHash).param(erasedAt).param(userId).update();
    }

    List<RoleGrant> grants(long userId) {
        return jdbc.sql(GRANT_SQL + " WHERE g.user_id = ? ORDER BY length(u.path), g.role").param(userId)
                .query(UserStore::mapGrant).list();
    }

    Optional<RoleGrant> findGrant(long grantId) {
        return jdbc.sql(GRANT_SQL + " WHERE g.id = ?").param(grantId).query(UserStore::mapGrant).optional();
    }

    /** Adds a grant unless it exists; returns 1 when added. */
    int insertGrant(long userId, Role role, long orgUnitId, String grantedBy) {
        return jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .param(userId).param(role.name()).param(orgUnitId).param(grantedBy).update();
    }

    void deleteGrant(long grantId) {
        jdbc.sql("DELETE FROM role_grant WHERE id = ?").param(grantId).update();
    }

    void deleteGrants(long userId) {
        jdbc.sql("DELETE FROM role_grant WHERE user_id = ?").param(userId).update();
    }

    private static RoleGrant mapGrant(ResultSet rs, int row) throws SQLException {
        return new RoleGrant(rs.getLong(1), rs.getLong(2), Role.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5),
                rs.getString(6));
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
