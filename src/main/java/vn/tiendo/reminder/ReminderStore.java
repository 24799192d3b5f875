package vn.tiendo.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the reminders (nhắc việc). {@link #claim} decides, in one statement, which occurrences are due soon or became
 * overdue, who receives them, and inserts one reminder row per occurrence, kind and recipient (ON CONFLICT DO NOTHING on
 * that unique key) together with its in-app message: whoever inserts the row owns it, so two runs (two nodes, a
 * restart) never claim the same reminder twice. E-mails are then sent one by one from rows locked with SKIP LOCKED.
 *
 * <p>Recipients: the responsible person (task_occurrence.responsible_user_id) and the head(s) of the lead body: the
 * users holding PROGRAMME_OWNER or APPROVER granted on the nearest unit that has any, going up from the occurrence's
 * unit (a body, then its commune, then the province …). Disabled and erased accounts receive nothing.
 */
@Repository
public class ReminderStore {

    private static final String CLAIM = """
            WITH due AS (
                SELECT o.id, o.org_unit_id, u.parent_id, o.responsible_user_id, o.due_on, o.task_id,
                       CASE WHEN o.due_on < :day THEN 'OVERDUE' ELSE 'DUE_SOON' END AS kind
                  FROM task_occurrence o JOIN org_unit u ON u.id = o.org_unit_id
                 WHERE o.kind IS DISTINCT FROM 'ONGOING'
                   AND (o.due_on BETWEEN :day AND :day + :before OR o.due_on BETWEEN :day - :catchUp - 1 AND :day - 1)
                   AND NOT EXISTS (SELECT 1 FROM (SELECT r.status FROM task_report r
                                                  WHERE r.task_id = o.task_id AND r.org_unit_id = o.org_unit_id
                                                    AND (o.occurrence_key = 'once' OR r.period = o.occurrence_key)
                                                  ORDER BY r.reported_at DESC, r.id DESC LIMIT 1) last WHERE last.status = 'DONE')
            ), heads_at AS (
                SELECT d.id, anc.unit_id, anc.depth
                  FROM due d JOIN org_unit u ON u.id = d.org_unit_id
                  CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')::BIGINT[])
                       WITH ORDINALITY AS anc (unit_id, depth)
                 WHERE EXISTS (SELECT 1 FROM role_grant g WHERE g.org_unit_id = anc.unit_id
                                                            AND g.role IN ('PROGRAMME_OWNER', 'APPROVER'))
            ), nearest AS (
                SELECT DISTINCT ON (id) id, unit_id FROM heads_at ORDER BY id, depth DESC
            ), heads AS (
                SELECT n.id, g.user_id FROM nearest n JOIN role_grant g ON g.org_unit_id = n.unit_id
                 WHERE g.role IN ('PROGRAMME_OWNER', 'APPROVER')
            ), recipients AS (
                SELECT id, responsible_user_id AS user_id FROM due WHERE responsible_user_id IS NOT NULL
                UNION
                SELECT id, user_id FROM heads
            ), claimed AS (
                INSERT INTO reminder (occurrence_id, kind, recipient_id, due_on, run_day, state, next_try_at, claimed_at)
                SELECT d.id, d.kind, a.id, d.due_on, :day,
                       CASE WHEN :mail AND coalesce(a.email, '') LIKE '%@%' THEN 'PENDING' ELSE 'IN_APP' END, :now, :now
                  FROM due d JOIN recipients r ON r.id = d.id
                  JOIN app_user a ON a.id = r.user_id AND a.enabled AND a.erased_at IS NULL
                ON CONFLICT (occurrence_id, kind, recipient_id) DO NOTHING
                RETURNING id, occurrence_id, kind, recipient_id, due_on
            )
            INSERT INTO inbox_message (user_id, reminder_id, subject, body, link, created_at)
            SELECT c.recipient_id, c.id,
                   '[Tiến Độ] ' || CASE c.kind WHEN 'OVERDUE' THEN 'Quá hạn: ' ELSE 'Sắp đến hạn: ' END
                       || CASE WHEN length(t.title) > 100 THEN left(t.title, 99) || '…' ELSE t.title END
                       || ' — hạn ' || to_char(c.due_on, 'DD/MM/YYYY'),
                   'Nhiệm vụ ' || coalesce(t.code || ' ', '') || '"' || t.title || '" của ' || p.number
                       || ', đơn vị thực hiện ' || u.full_name || coalesce(' (' || o.period_label || ')', '') || ', '
                       || CASE c.kind WHEN 'OVERDUE' THEN 'đã quá hạn hoàn thành ngày ' || to_char(c.due_on, 'DD/MM/YYYY')
                                      || ' mà chưa báo cáo hoàn thành.'
                               ELSE 'có hạn hoàn thành ngày ' || to_char(c.due_on, 'DD/MM/YYYY') || ' (còn '
                                      || (c.due_on - :day) || ' ngày).' END,
                   '/nhiem-vu/' || c.occurrence_id, :now
              FROM claimed c JOIN task_occurrence o ON o.id = c.occurrence_id JOIN task t ON t.id = o.task_id
              JOIN programme p ON p.id = t.programme_id JOIN org_unit u ON u.id = o.org_unit_id
            """;

    private final JdbcClient jdbc;

    public ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the reminders of a day and writes their in-app messages; returns how many were claimed. */
    public int claim(LocalDate day, int daysBefore, int overdueCatchUp, boolean mail, Instant now) {
        return jdbc.sql(CLAIM).param("day", day).param("before", daysBefore).param("catchUp", overdueCatchUp)
                .param("mail", mail).param("now", Timestamp.from(now)).update();
    }

    /** A reminder to e-mail, locked by this transaction. */
    public record ToSend(long id, String email, String subject, String body, String link, int attempts) {
    }

    /** Locks the next reminder whose e-mail is due (SKIP LOCKED: a row another node is sending is passed over). */
    public Optional<ToSend> lockNext(Instant now) {
        return jdbc.sql("""
                SELECT r.id, a.email, m.subject, m.body, m.link, r.attempts
                  FROM reminder r JOIN app_user a ON a.id = r.recipient_id JOIN inbox_message m ON m.reminder_id = r.id
                 WHERE r.state IN ('PENDING', 'RETRY') AND r.next_try_at <= ?
                 ORDER BY r.next_try_at, r.id LIMIT 1
                 FOR UPDATE OF r SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((rs, i) -> new ToSend(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)))
                .optional();
    }

    public void markSent(long id, Instant now) {
        jdbc.sql("UPDATE reminder SET state = 'SENT', sent_at = ?, attempts = attempts + 1, next_try_at = NULL WHERE id = ?")
                .param(Timestamp.from(now)).param(id).update();
    }

    /** Records a failed attempt: RETRY from {@code nextTry}, or FAILED when {@code nextTry} is null. */
    public void markFailed(long id, String error, Instant nextTry) {
        jdbc.sql("""
                UPDATE reminder SET state = CASE WHEN ?::timestamptz IS NULL THEN 'FAILED' ELSE 'RETRY' END,
                       attempts = attempts + 1, last_error = ?, next_try_at = ? WHERE id = ?""")
                .param(nextTry == null ? null : Timestamp.from(nextTry)).param(error)
                .param(nextTry == null ? null : Timestamp.from(nextTry)).param(id).update();
    }

    /** A reminder whose e-mail failed, for the administrators' page. */
    public record Failure(long id, long occurrenceId, String kind, String recipient, String email, LocalDate dueOn, String state,
                          int attempts, String lastError, Instant nextTry, String subject) {

        public String nextTryText() {
            return nextTry == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .withZone(vn.tiendo.TimeConfiguration.VIETNAM).format(nextTry);
        }
    }

    /** Failed reminders of occurrences whose unit lies within one of the units (ids). */
    public List<Failure> failures(Collection<Long> unitIds, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.occurrence_id, r.kind, coalesce(a.display_name, a.username), a.email, r.due_on, r.state,
                       r.attempts, r.last_error, r.next_try_at, m.subject
                  FROM reminder r JOIN app_user a ON a.id = r.recipient_id LEFT JOIN inbox_message m ON m.reminder_id = r.id
                  JOIN task_occurrence o ON o.id = r.occurrence_id JOIN org_unit u ON u.id = o.org_unit_id
                 WHERE r.state IN ('RETRY', 'FAILED')
                   AND EXISTS (SELECT 1 FROM org_unit g WHERE g.id = ANY (?) AND u.path LIKE g.path || '%')
                 ORDER BY r.state, r.next_try_at NULLS LAST, r.id LIMIT ?""")
                .param(unitIds.toArray(Long[]::new)).param(limit)
                .query((rs, i) -> new Failure(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11)))
                .list();
    }

    /** Makes a failed reminder due again now (an administrator's "gửi lại"). */
    public int retryNow(long id, Collection<Long> unitIds, Instant now) {
        return jdbc.sql("""
                UPDATE reminder r SET state = 'RETRY', next_try_at = ? FROM task_occurrence o JOIN org_unit u ON u.id = o.org_unit_id
                 WHERE r.id = ? AND o.id = r.occurrence_id AND r.state IN ('RETRY', 'FAILED')
                   AND EXISTS (SELECT 1 FROM org_unit g WHERE g.id = ANY (?) AND u.path LIKE g.path || '%')""")
                .param(Timestamp.from(now)).param(id).param(unitIds.toArray(Long[]::new)).update();
    }
}
