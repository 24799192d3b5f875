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

    /** A user a transition notice is for; email may be null (the in-app channel needs none). */
    public record Recipient(long userId, String username, String email) {
    }

    /**
     * The enabled users a notice is for: every APPROVER granted on the unit above or a unit above it; or the
     * reporters and programme owners granted on the unit itself and the submitter.
     */
    public List<Recipient> recipients(TransitionNotice notice) {
        if (notice.audience() == TransitionNotice.Audience.APPROVERS_ABOVE) {
            return notice.parentId() == null ? List.of() : jdbc.sql("""
                    SELECT DISTINCT w.id, w.username, w.email FROM role_grant g
                      JOIN org_unit a ON a.id = g.org_unit_id JOIN org_unit u ON u.id = ? AND u.path LIKE a.path || '%'
                      JOIN app_user w ON w.id = g.user_id AND w.enabled
                     WHERE g.role = 'APPROVER' ORDER BY w.id""").param(notice.parentId()).query(NotificationStore::recipient).list();
        }
        String[] named = notice.submittedBy() == null ? new String[0] : new String[] {notice.submittedBy()};
        return jdbc.sql("""
                SELECT w.id, w.username, w.email FROM app_user w
                 WHERE w.enabled AND (w.username = ANY (?) OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = w.id
                        AND g.org_unit_id = ? AND g.role IN ('REPORTER', 'PROGRAMME_OWNER')))
                 ORDER BY w.id""").params(named, notice.unitId()).query(NotificationStore::recipient).list();
    }

    /** One unread notification for each user. */
    public void add(List<Long> userIds, String message, String link) {
        for (long id : userIds) {
            jdbc.sql("INSERT INTO notification (user_id, message, link) VALUES (?, ?, ?)").params(id, message, link).update();
        }
    }

    private static Recipient recipient(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3));
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
