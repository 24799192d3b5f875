package vn.tiendo.dataapproval;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of in-app notifications (notification); no policy. */
@Repository
public class NotificationStore {

    private final JdbcClient jdbc;

    public NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification for every approver (role APPROVER) on {@code unitId} or a unit above it. */
    public int toApproversOf(long unitId, String message, String link) {
        return jdbc.sql("""
                INSERT INTO notification (user_id, message, link)
                SELECT DISTINCT g.user_id, ?, ? FROM role_grant g
                  JOIN org_unit a ON a.id = g.org_unit_id JOIN org_unit u ON u.id = ? AND u.path LIKE a.path || '%'
                  JOIN app_user w ON w.id = g.user_id AND w.enabled
                 WHERE g.role = 'APPROVER'""").params(message, link, unitId).update();
    }

    /** One notification for the reporters granted on the unit itself and for the named users (the submitter). */
    public int toReportersOf(long unitId, List<String> usernames, String message, String link) {
        return jdbc.sql("""
                INSERT INTO notification (user_id, message, link)
                SELECT DISTINCT w.id, ?, ? FROM app_user w
                 WHERE w.enabled AND (w.username = ANY (?) OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = w.id
                        AND g.org_unit_id = ? AND g.role IN ('REPORTER', 'PROGRAMME_OWNER')))""")
                .params(message, link, usernames.toArray(new String[0]), unitId).update();
    }

    public int unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL").param(userId)
                .query(Integer.class).single();
    }

    public List<Notification> latest(long userId, int limit) {
        return jdbc.sql("SELECT id, created_at, message, link, read_at IS NOT NULL FROM notification WHERE user_id = ?"
                        + " ORDER BY id DESC LIMIT ?").params(userId, limit)
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).list();
    }

    public void markRead(long userId) {
        jdbc.sql("UPDATE notification SET read_at = now() WHERE user_id = ? AND read_at IS NULL").param(userId).update();
    }

    /** A notification as listed. */
    public record Notification(long id, Instant createdAt, String message, String link, boolean read) {
    }
}
