package vn.tiendo.task;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.TimeframeKind;

/**
 * SQL of the work lists and task dashboards: occurrences with their task, programme, responsible unit (and the
 * commune it is or belongs to) and latest progress report. Units are matched by path, so an occurrence of a
 * body (cơ quan) under a commune counts for that commune and every unit above it.
 */
@Repository
public class TaskWorkStore {

    /** An occurrence row; the report is the latest one counting for it (any period for "once"). */
    private static final String SELECT = """
            SELECT o.id, o.task_id, o.org_unit_id, o.occurrence_key, o.period_label, o.kind, o.unclear, o.starts_on,
                   o.due_on, o.trigger_number, o.trigger_date, o.responsible_user_id,
                   t.code AS task_code, t.title, t.lead, p.id AS programme_id, p.number,
                   u.code AS unit_code, u.full_name AS unit_name, u.level AS unit_level,
                   CASE WHEN u.level = 'COMMUNE' THEN u.code WHEN pu.level = 'COMMUNE' THEN pu.code END AS commune_code,
                   CASE WHEN u.level = 'COMMUNE' THEN u.full_name WHEN pu.level = 'COMMUNE' THEN pu.full_name END AS commune_name,
                   r.id AS report_id, r.period, r.status, r.progress_percent, r.completed_on, r.note, r.version,
                   r.reported_by, r.reported_at
              FROM task_occurrence o
              JOIN task t ON t.id = o.task_id
              JOIN programme p ON p.id = t.programme_id
              JOIN org_unit u ON u.id = o.org_unit_id
              LEFT JOIN org_unit pu ON pu.id = u.parent_id
              LEFT JOIN LATERAL (SELECT * FROM task_report r WHERE r.task_id = o.task_id AND r.org_unit_id = o.org_unit_id
                                    AND (o.occurrence_key = 'once' OR r.period = o.occurrence_key)
                                  ORDER BY r.reported_at DESC, r.id DESC LIMIT 1) r ON TRUE
            """;

    private final JdbcClient jdbc;

    public TaskWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored occurrence of a task, before its due state is computed. */
    record Row(long programmeId, String programmeNumber, long occurrenceId, long taskId, String taskCode, String title, List<String> lead,
               long unitId, String unitCode, String unitName, String unitLevel, WorkItem.Place commune, Long responsibleUserId,
               Occurrence occurrence, WorkItem.Reported report) {
    }

    Optional<Row> occurrence(long occurrenceId) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(occurrenceId).query((rs, i) -> row(rs)).optional();
    }

    /** Occurrences the user is named responsible for or whose unit is within one of the units (ids). */
    List<Row> mine(long userId, Collection<Long> unitIds, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE o.responsible_user_id = ?
                    OR EXISTS (SELECT 1 FROM org_unit g WHERE g.id = ANY (?) AND u.path LIKE g.path || '%')
                 ORDER BY o.due_on NULLS LAST, p.number, t.ordinal LIMIT ?""")
                .param(userId).param(unitIds.toArray(Long[]::new)).param(limit).query((rs, i) -> row(rs)).list();
    }

    /** The programme's occurrences whose responsible unit is the unit or below it. */
    List<Row> ofProgramme(long programmeId, long unitId) {
        return jdbc.sql(SELECT + """
                 WHERE t.programme_id = ?
                   AND u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'
                 ORDER BY o.due_on NULLS LAST, t.ordinal, u.code""")
                .param(programmeId).param(unitId).query((rs, i) -> row(rs)).list();
    }

    /** The programme's occurrences whose responsible unit is the unit itself or a body (cơ quan) directly under it. */
    List<Row> ofUnit(long programmeId, long unitId) {
        return jdbc.sql(SELECT + """
                 WHERE t.programme_id = ? AND (u.id = ? OR (u.level = 'BODY' AND u.parent_id = ?))
                 ORDER BY o.due_on NULLS LAST, t.ordinal, u.code""")
                .param(programmeId).param(unitId).param(unitId).query((rs, i) -> row(rs)).list();
    }

    /** Programmes owned within the units (ids) that have a task not planned yet. */
    List<Long> programmesToPlan(Collection<Long> unitIds) {
        return jdbc.sql("""
                SELECT DISTINCT p.id FROM programme p JOIN org_unit pu ON pu.id = p.org_unit_id JOIN task t ON t.programme_id = p.id
                 WHERE EXISTS (SELECT 1 FROM org_unit g WHERE g.id = ANY (?) AND pu.path LIKE g.path || '%')
                   AND NOT EXISTS (SELECT 1 FROM task_occurrence o WHERE o.task_id = t.id) AND p.status = 'ISSUED'""")
                .param(unitIds.toArray(Long[]::new)).query(Long.class).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String communeCode = rs.getString("commune_name") == null ? null : rs.getString("commune_code");
        return new Row(rs.getLong("programme_id"), rs.getString("number"),
                rs.getLong("id"), rs.getLong("task_id"), rs.getString("task_code"), rs.getString("title"), strings(rs.getArray("lead")),
                rs.getLong("org_unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_level"),
                communeCode == null ? null : new WorkItem.Place(communeCode, rs.getString("commune_name")),
                (Long) rs.getObject("responsible_user_id", Long.class), occurrence(rs), report(rs));
    }

    private static Occurrence occurrence(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String number = rs.getString("trigger_number");
        Trigger trigger = number == null ? null : new Trigger(number, rs.getObject("trigger_date", LocalDate.class));
        return new Occurrence(rs.getString("occurrence_key"), kind == null ? null : TimeframeKind.valueOf(kind),
                rs.getString("period_label"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), trigger, rs.getBoolean("unclear"));
    }

    private static WorkItem.Reported report(ResultSet rs) throws SQLException {
        long id = rs.getLong("report_id");
        if (rs.wasNull()) {
            return null;
        }
        Timestamp at = rs.getTimestamp("reported_at");
        return new WorkItem.Reported(id, rs.getString("period"), rs.getString("status"), (Integer) rs.getObject("progress_percent"),
                rs.getObject("completed_on", LocalDate.class), rs.getString("note"), rs.getInt("version"),
                rs.getString("reported_by"), at.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
