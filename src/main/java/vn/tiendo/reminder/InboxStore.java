package vn.tiendo.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the in-app inbox (hộp thư): a user's messages, newest first, and their read marks. */
@Repository
public class InboxStore {

    private final JdbcClient jdbc;

    public InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InboxMessage> messages(long userId, int limit) {
        return jdbc.sql("""
                SELECT id, subject, body, link, created_at, read_at FROM inbox_message
                 WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
                .param(userId).param(limit)
                .query((rs, i) -> new InboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    public int unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE user_id = ? AND read_at IS NULL").param(userId)
                .query(Integer.class).single();
    }

    /** Marks one of the user's messages read; 0 when it is not theirs or already read. */
    public int markRead(long userId, long messageId, Instant now) {
        return jdbc.sql("UPDATE inbox_message SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .param(Timestamp.from(now)).param(messageId).param(userId).update();
    }

    public int markAllRead(long userId, Instant now) {
        return jdbc.sql("UPDATE inbox_message SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .param(Timestamp.from(now)).param(userId).update();
    }
}
