package vn.tiendo.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to the officers' "6 rõ" fixes (bảng task_accountability) and the people named for tasks. */
@Repository
public class TaskAccountabilityStore {

    private static final String SELECT = """
            SELECT a.*, i.code AS indicator_code FROM task_accountability a
              LEFT JOIN indicator i ON i.id = a.linked_indicator_id""";

    private final JdbcClient jdbc;

    public TaskAccountabilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task of a programme, as the fixes need it. */
    public record TaskRef(long taskId, long programmeId, long programmeUnitId, String code, String title,
                          LocalDate programmeIssuedOn) {
    }

    /** A user who may be named responsible in a body. */
    public record Person(long userId, String username, String displayName) {

        public String label() {
            return displayName == null || displayName.isBlank() ? username : displayName + " (" + username + ")";
        }
    }

    public Optional<TaskRef> task(long taskId) {
        return jdbc.sql("""
                SELECT t.id, t.programme_id, p.org_unit_id, t.code, t.title, p.issued_on
                  FROM task t JOIN programme p ON p.id = t.programme_id
                 WHERE t.id = ?""").param(taskId)
                .query((rs, i) -> new TaskRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .optional();
    }

    public Optional<Accountability> find(long taskId) {
        return jdbc.sql(SELECT + " WHERE a.task_id = ?").param(taskId).query(TaskAccountabilityStore::map).optional();
    }

    /** The fixes of the programme's tasks, by task id. */
    public Map<Long, Accountability> byProgramme(long programmeId) {
        Map<Long, Accountability> out = new HashMap<>();
        jdbc.sql(SELECT + " JOIN task t ON t.id = a.task_id WHERE t.programme_id = ?").param(programmeId)
                .query(TaskAccountabilityStore::map).list().forEach(a -> out.put(a.taskId(), a));
        return out;
    }

    /** Inserts at version 1 (expected 0) or updates at the expected version; false when the version moved on. */
    public boolean save(Accountability a, int expectedVersion, String actor) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    INSERT INTO task_accountability (task_id, deliverable, approver, linked_indicator_id, lead_confirmed,
                                                     trigger_number, trigger_date, version, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (task_id) DO NOTHING""")
                    .param(a.taskId()).param(a.deliverable()).param(a.approver()).param(a.linkedIndicatorId())
                    .param(a.leadConfirmed()).param(a.triggerNumber()).param(a.triggerDate()).param(actor).update() == 1;
        }
        return jdbc.sql("""
                UPDATE task_accountability SET deliverable = ?, approver = ?, linked_indicator_id = ?, lead_confirmed = ?,
                       trigger_number = ?, trigger_date = ?, version = version + 1, updated_by = ?, updated_at = now()
                 WHERE task_id = ? AND version = ?""")
                .param(a.deliverable()).param(a.approver()).param(a.linkedIndicatorId()).param(a.leadConfirmed())
                .param(a.triggerNumber()).param(a.triggerDate()).param(actor).param(a.taskId()).param(expectedVersion)
                .update() == 1;
    }

    /** True when the unit has occurrences of the task (it is responsible for it). */
    public boolean responsibleUnit(long taskId, long unitId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM task_occurrence WHERE task_id = ? AND org_unit_id = ?)")
                .param(taskId).param(unitId).query(Boolean.class).single();
    }

    /** The task's kind of time frame, null when not understood. */
    public vn.tiendo.programme.TimeframeKind timeframeKind(long taskId) {
        String kind = jdbc.sql("SELECT timeframe_kind FROM task WHERE id = ?").param(taskId).query(String.class).optional()
                .orElse(null);
        return kind == null ? null : vn.tiendo.programme.TimeframeKind.valueOf(kind);
    }

    /** The programme's indicators as (code, name), in order, for linking a task. */
    public List<String[]> indicators(long programmeId) {
        return jdbc.sql("SELECT code, name FROM indicator WHERE programme_id = ? ORDER BY ordinal, id").param(programmeId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Tasks for which the unit has occurrences: (task id, programme id, programme number, code, title). */
    public List<Object[]> tasksOf(long unitId) {
        return jdbc.sql("""
                SELECT DISTINCT t.id, p.id, p.number, t.code, t.title, t.ordinal FROM task_occurrence o
                  JOIN task t ON t.id = o.task_id JOIN programme p ON p.id = t.programme_id
                 WHERE o.org_unit_id = ? ORDER BY p.id, t.ordinal""")
                .param(unitId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list();
    }

    /** The id of the indicator with this code in the programme. */
    public Optional<Long> indicatorId(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId).param(code.strip())
                .query(Long.class).optional();
    }

    /** Users who may be named responsible in a body: a role on the body, on its parent unit, or below the body. */
    public List<Person> people(long bodyUnitId) {
        return jdbc.sql("""
                SELECT DISTINCT u.id, u.username, u.display_name FROM app_user u
                  JOIN role_grant g ON g.user_id = u.id JOIN org_unit gu ON gu.id = g.org_unit_id
                  JOIN org_unit b ON b.id = ?
                 WHERE u.enabled AND u.erased_at IS NULL
                   AND (gu.id = b.parent_id OR gu.path LIKE b.path || '%')
                 ORDER BY u.username""")
                .param(bodyUnitId)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Names the person on the open occurrences of the task in the body (none reported done); returns rows changed. */
    public int assign(long taskId, long bodyUnitId, Long userId) {
        return jdbc.sql("""
                UPDATE task_occurrence o SET responsible_user_id = ?, version = o.version + 1
                 WHERE o.task_id = ? AND o.org_unit_id = ? AND o.responsible_user_id IS DISTINCT FROM ?
                   AND NOT EXISTS (SELECT 1 FROM task_report r WHERE r.task_id = o.task_id AND r.org_unit_id = o.org_unit_id
                                    AND r.status = 'DONE' AND (o.occurrence_key = 'once' OR r.period = o.occurrence_key))""")
                .param(userId).param(taskId).param(bodyUnitId).param(userId).update();
    }

    /** The people named on the task's occurrences, by task id then body id (display labels). */
    public Map<Long, Map<Long, String>> responsible(long programmeId) {
        Map<Long, Map<Long, String>> out = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT o.task_id, o.org_unit_id, COALESCE(u.display_name, u.username) AS who
                  FROM task_occurrence o JOIN task t ON t.id = o.task_id JOIN app_user u ON u.id = o.responsible_user_id
                 WHERE t.programme_id = ? ORDER BY 3""")
                .param(programmeId)
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getLong(2), rs.getString(3),
                            (a, b) -> a + ", " + b);
                });
        return out;
    }

    private static Accountability map(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        return new Accountability(rs.getLong("task_id"), rs.getString("deliverable"), rs.getString("approver"),
                (Long) rs.getObject("linked_indicator_id"), rs.getString("indicator_code"), rs.getBoolean("lead_confirmed"),
                rs.getString("trigger_number"), rs.getObject("trigger_date", LocalDate.class), rs.getInt("version"),
                rs.getString("updated_by"), at == null ? null : at.toInstant());
    }
}
