package vn.tiendo.task;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

/**
 * SQL access to task occurrences (bảng task_occurrence), the tasks they are planned from and the
 * progress reports made on them (bảng task_report, read only: the report's period is the occurrence key).
 */
@Repository
public class TaskOccurrenceStore {

    /** A report counts for an occurrence when it has the occurrence's key as period; any report counts for "once". */
    private static final String REPORTED = """
            EXISTS (SELECT 1 FROM task_report r WHERE r.task_id = o.task_id AND r.org_unit_id = o.org_unit_id
                       AND (o.occurrence_key = 'once' OR r.period = o.occurrence_key))""";

    private final JdbcClient jdbc;

    public TaskOccurrenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's number and owning unit. */
    public record ProgrammeOwner(long programmeId, String number, long unitId, String unitCode, String unitName,
                                 LocalDate issuedOn) {
    }

    /** A stored task with its row id. */
    public record StoredTask(long id, Task task) {
    }

    /**
     * A stored occurrence of a task for a responsible unit.
     *
     * @param unitCode code of the responsible unit, or of the unit a responsible body belongs to
     * @param bodyName name of the responsible body, null when the unit is not a body
     */
    public record StoredOccurrence(long taskId, long unitId, String unitCode, String bodyName, Occurrence occurrence) {
    }

    /** A stored progress report, as far as due state needs it; {@code completedOn} is the day reported done, if given. */
    public record StoredReport(long taskId, long unitId, String period, String status, Integer percent,
                               Instant reportedAt, LocalDate completedOn) {
    }

    public Optional<ProgrammeOwner> owner(long programmeId) {
        return jdbc.sql("""
                SELECT p.id, p.number, u.id AS unit_id, u.code, u.full_name, p.issued_on
                  FROM programme p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.id = ?""")
                .param(programmeId)
                .query((rs, i) -> new ProgrammeOwner(rs.getLong("id"), rs.getString("number"), rs.getLong("unit_id"),
                        rs.getString("code"), rs.getString("full_name"), rs.getObject("issued_on", LocalDate.class)))
                .optional();
    }

    public Optional<Long> unitId(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code.strip()).query(Long.class).optional();
    }

    /** The programme's tasks in document order. */
    public List<StoredTask> tasks(long programmeId) {
        return jdbc.sql("""
                SELECT id, code, group_name, title, lead, lead_inferred, coordinating, timeframe_text, timeframe_kind,
                       timeframe_start, timeframe_end, recurrence, note, source_line
                  FROM task WHERE programme_id = ? ORDER BY ordinal""")
                .param(programmeId).query((rs, i) -> new StoredTask(rs.getLong("id"), task(rs))).list();
    }

    /** Number of the programme's tasks without any occurrence. */
    public int unplannedTasks(long programmeId) {
        return jdbc.sql("""
                SELECT count(*) FROM task t WHERE t.programme_id = ?
                   AND NOT EXISTS (SELECT 1 FROM task_occurrence o WHERE o.task_id = t.id)""")
                .param(programmeId).query(Integer.class).single();
    }

    /**
     * Occurrences of the programme's tasks in task order: of one unit and its bodies, or (unitId null) of all.
     * A body's occurrence carries the code of the unit the body belongs to.
     */
    public List<StoredOccurrence> occurrences(long programmeId, Long unitId) {
        return jdbc.sql("""
                SELECT o.*, COALESCE(u.code, pu.code) AS unit_code,
                       CASE WHEN u.level = 'BODY' THEN u.full_name END AS body_name
                  FROM task_occurrence o JOIN task t ON t.id = o.task_id JOIN org_unit u ON u.id = o.org_unit_id
                  LEFT JOIN org_unit pu ON pu.id = u.parent_id
                 WHERE t.programme_id = ? AND (CAST(? AS BIGINT) IS NULL OR o.org_unit_id = ?
                                               OR (u.level = 'BODY' AND u.parent_id = ?))
                 ORDER BY t.ordinal, COALESCE(u.code, pu.code), u.full_name, o.starts_on NULLS FIRST, o.due_on NULLS LAST,
                          o.occurrence_key""")
                .param(programmeId).param(unitId).param(unitId).param(unitId)
                .query((rs, i) -> new StoredOccurrence(rs.getLong("task_id"), rs.getLong("org_unit_id"),
                        rs.getString("unit_code"), rs.getString("body_name"), occurrence(rs)))
                .list();
    }

    /**
     * Recorded triggering documents of the programme's conditional tasks, by task id: the one an officer
     * recorded on the "6 rõ" page (task_accountability) first, else one stored on an occurrence of the task.
     */
    public Map<Long, Trigger> triggers(long programmeId) {
        Map<Long, Trigger> out = new HashMap<>();
        jdbc.sql("""
                SELECT task_id, trigger_number, trigger_date FROM (
                  SELECT a.task_id, a.trigger_number, a.trigger_date, 0 AS rank FROM task_accountability a
                    JOIN task t ON t.id = a.task_id WHERE t.programme_id = ? AND a.trigger_number IS NOT NULL
                  UNION ALL
                  SELECT o.task_id, o.trigger_number, o.trigger_date, 1 FROM task_occurrence o JOIN task t ON t.id = o.task_id
                   WHERE t.programme_id = ? AND o.trigger_number IS NOT NULL) x
                 ORDER BY rank DESC""")
                .param(programmeId).param(programmeId)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("task_id"), new Trigger(rs.getString("trigger_number"),
                            rs.getObject("trigger_date", LocalDate.class)));
                });
        return out;
    }

    /** The unit (province or commune) each body responsible for one of the programme's tasks belongs to, by body id. */
    public Map<Long, Long> bodyParents(long programmeId) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("""
                SELECT u.id, u.parent_id FROM org_unit u WHERE u.level = 'BODY' AND u.id IN (
                  SELECT b.body_unit_id FROM task_body b JOIN task t ON t.id = b.task_id WHERE t.programme_id = ?
                  UNION SELECT o.org_unit_id FROM task_occurrence o JOIN task t ON t.id = o.task_id WHERE t.programme_id = ?)""")
                .param(programmeId).param(programmeId)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** Every progress report on the programme's tasks. */
    public List<StoredReport> reports(long programmeId) {
        return jdbc.sql("""
                SELECT r.task_id, r.org_unit_id, r.period, r.status, r.progress_percent, r.reported_at, r.completed_on
                  FROM task_report r JOIN task t ON t.id = r.task_id WHERE t.programme_id = ?""")
                .param(programmeId)
                .query((rs, i) -> new StoredReport(rs.getLong("task_id"), rs.getLong("org_unit_id"), rs.getString("period"),
                        rs.getString("status"), (Integer) rs.getObject("progress_percent"),
                        rs.getTimestamp("reported_at").toInstant(), rs.getObject("completed_on", LocalDate.class)))
                .list();
    }

    /**
     * Creates the occurrence, or brings a stored one with the same key up to date.
     *
     * @return 1 when a row was created or changed, 0 when it was already as planned
     */
    public int save(long taskId, long unitId, Occurrence o) {
        Trigger t = o.trigger();
        return jdbc.sql("""
                INSERT INTO task_occurrence (task_id, org_unit_id, occurrence_key, period_label, kind, unclear,
                                             starts_on, due_on, trigger_number, trigger_date, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (task_id, org_unit_id, occurrence_key) DO UPDATE
                   SET period_label = EXCLUDED.period_label, kind = EXCLUDED.kind, unclear = EXCLUDED.unclear,
                       starts_on = EXCLUDED.starts_on, due_on = EXCLUDED.due_on,
                       trigger_number = EXCLUDED.trigger_number, trigger_date = EXCLUDED.trigger_date,
                       version = task_occurrence.version + 1, planned_at = now()
                 WHERE (task_occurrence.period_label, task_occurrence.kind, task_occurrence.unclear,
                        task_occurrence.starts_on, task_occurrence.due_on, task_occurrence.trigger_number,
                        task_occurrence.trigger_date)
                       IS DISTINCT FROM (EXCLUDED.period_label, EXCLUDED.kind, EXCLUDED.unclear, EXCLUDED.starts_on,
                        EXCLUDED.due_on, EXCLUDED.trigger_number, EXCLUDED.trigger_date)""")
                .param(taskId).param(unitId).param(o.key()).param(o.period())
                .param(o.kind() == null ? null : o.kind().name()).param(o.unclear())
                .param(o.start()).param(o.due())
                .param(t == null ? null : t.documentNumber()).param(t == null ? null : t.date())
                .update();
    }

    /** Creates the occurrence unless one with the same key is stored (then left as it is); returns rows created. */
    public int insertIfMissing(long taskId, long unitId, Occurrence o) {
        Trigger t = o.trigger();
        return jdbc.sql("""
                INSERT INTO task_occurrence (task_id, org_unit_id, occurrence_key, period_label, kind, unclear,
                                             starts_on, due_on, trigger_number, trigger_date, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (task_id, org_unit_id, occurrence_key) DO NOTHING""")
                .param(taskId).param(unitId).param(o.key()).param(o.period())
                .param(o.kind() == null ? null : o.kind().name()).param(o.unclear())
                .param(o.start()).param(o.due())
                .param(t == null ? null : t.documentNumber()).param(t == null ? null : t.date())
                .update();
    }

    /** Removes the task's occurrences for the unit whose key is no longer planned, unless reported on. */
    public int deleteUnplanned(long taskId, long unitId, Collection<String> keys) {
        return jdbc.sql("DELETE FROM task_occurrence o WHERE o.task_id = ? AND o.org_unit_id = ?"
                        + " AND NOT (o.occurrence_key = ANY (?)) AND NOT " + REPORTED)
                .param(taskId).param(unitId).param(keys.toArray(String[]::new)).update();
    }

    /** Removes the task's occurrences for units no longer responsible for it, unless reported on. */
    public int deleteOtherUnits(long taskId, Collection<Long> unitIds) {
        return jdbc.sql("DELETE FROM task_occurrence o WHERE o.task_id = ? AND NOT (o.org_unit_id = ANY (?)) AND NOT " + REPORTED)
                .param(taskId).param(unitIds.toArray(Long[]::new)).update();
    }

    /** Removes the programme's occurrences that nobody reported on (before its tasks are deleted). */
    public int deleteUnreported(long programmeId) {
        return jdbc.sql("DELETE FROM task_occurrence o USING task t WHERE o.task_id = t.id AND t.programme_id = ?"
                        + " AND NOT " + REPORTED)
                .param(programmeId).update();
    }

    private static Task task(ResultSet rs) throws SQLException {
        String kind = rs.getString("timeframe_kind");
        String text = rs.getString("timeframe_text");
        Timeframe tf = text == null && kind == null ? null : new Timeframe(text,
                kind == null ? null : TimeframeKind.valueOf(kind), rs.getObject("timeframe_start", LocalDate.class),
                rs.getObject("timeframe_end", LocalDate.class), rs.getString("recurrence"));
        return new Task(rs.getString("code"), rs.getString("group_name"), rs.getString("title"),
                strings(rs.getArray("lead")), rs.getBoolean("lead_inferred"), strings(rs.getArray("coordinating")), tf,
                rs.getString("note"), (Integer) rs.getObject("source_line"));
    }

    private static Occurrence occurrence(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String number = rs.getString("trigger_number");
        Trigger trigger = number == null ? null : new Trigger(number, rs.getObject("trigger_date", LocalDate.class));
        return new Occurrence(rs.getString("occurrence_key"), kind == null ? null : TimeframeKind.valueOf(kind),
                rs.getString("period_label"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), trigger, rs.getBoolean("unclear"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
