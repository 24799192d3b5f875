package vn.tiendo.task;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue occurrences counted in SQL, for lists and counts at national scale (800,000 occurrences) where loading every
 * occurrence to compute its due state in Java ({@link DueRules}) would be too slow. Same rule as {@link DueRules}: an
 * occurrence is overdue on a day when it is not ongoing, its due date is before that day and its latest report is not
 * DONE. The latest report of a dated occurrence ("2026", "2026Q3") is the one of its period (unique), joined directly;
 * of a one-off occurrence ("once") the latest of any period.
 */
@Repository
public class OverdueStore {

    /** Overdue occurrences, the report joined by hash (for national counts: a few hundred thousand occurrences). */
    private static final String OVERDUE = """
              FROM task_occurrence o
              JOIN org_unit u ON u.id = o.org_unit_id
              LEFT JOIN task_report r ON o.occurrence_key <> 'once' AND r.task_id = o.task_id AND r.org_unit_id = o.org_unit_id
                                     AND r.period = o.occurrence_key
             WHERE o.due_on < :day AND o.kind IS DISTINCT FROM 'ONGOING'
               AND CASE WHEN o.occurrence_key = 'once'
                        THEN (SELECT l.status FROM task_report l WHERE l.task_id = o.task_id AND l.org_unit_id = o.org_unit_id
                               ORDER BY l.reported_at DESC, l.id DESC LIMIT 1)
                        ELSE r.status END IS DISTINCT FROM 'DONE'
            """;

    /** Overdue occurrences, the latest report looked up by index per occurrence (for one unit's subtree). */
    private static final String OVERDUE_WITHIN = """
              FROM task_occurrence o
              JOIN task t ON t.id = o.task_id
              JOIN org_unit u ON u.id = o.org_unit_id
              LEFT JOIN LATERAL (SELECT l.status FROM task_report l WHERE l.task_id = o.task_id AND l.org_unit_id = o.org_unit_id
                                    AND (o.occurrence_key = 'once' OR l.period = o.occurrence_key)
                                  ORDER BY l.reported_at DESC, l.id DESC LIMIT 1) r ON TRUE
             WHERE o.due_on < :day AND o.kind IS DISTINCT FROM 'ONGOING' AND r.status IS DISTINCT FROM 'DONE'
            """;

    private final JdbcClient jdbc;

    public OverdueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An overdue occurrence: its task, unit and due date. */
    public record Overdue(long occurrenceId, long programmeId, String taskCode, String title, String unitCode, String unitName,
                          LocalDate due, Long responsibleUserId) {
    }

    /**
     * The overdue occurrences of units within the unit (its subtree), oldest due date first. Planned for its
     * parameters each time: a generic plan (pgjdbc prepares a statement after 5 runs) cannot tell a province's 40
     * communes from the country and walks every past due date (250 ms instead of 40 ms on 800,000 occurrences).
     */
    @Transactional(readOnly = true)
    public List<Overdue> within(long unitId, LocalDate day, int limit) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return jdbc.sql("""
                SELECT o.id, t.programme_id, t.code, t.title, u.code AS unit_code, u.full_name, o.due_on, o.responsible_user_id
                """ + OVERDUE_WITHIN + """
                   AND u.path LIKE (SELECT path FROM org_unit WHERE id = :unit) || '%'
                 ORDER BY o.due_on, u.code, t.ordinal LIMIT :limit""")
                .param("day", day).param("unit", unitId).param("limit", limit)
                .query((rs, i) -> new Overdue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), (Long) rs.getObject(8, Long.class)))
                .list();
    }

    /** A unit and its number of overdue occurrences. */
    public record Count(String code, String name, long overdue) {
    }

    /**
     * Overdue occurrences per child unit of the unit (e.g. per province of the nation), most overdue first. For the
     * nation the reports are hash-joined (most occurrences count); below it they are looked up per occurrence.
     */
    @Transactional(readOnly = true)
    public List<Count> byChild(long unitId, LocalDate day) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        int depth = jdbc.sql("SELECT length(path) - length(replace(path, '/', '')) - 1 FROM org_unit WHERE id = ?")
                .param(unitId).query(Integer.class).single();
        return jdbc.sql("""
                WITH counts AS (SELECT split_part(u.path, '/', :depth + 2) AS child, count(*) AS overdue
                """ + (depth <= 1 ? OVERDUE : OVERDUE_WITHIN) + """
                   AND u.path LIKE (SELECT path FROM org_unit WHERE id = :unit) || '_%'
                 GROUP BY 1)
                SELECT c.code, c.full_name, coalesce(k.overdue, 0)
                  FROM org_unit c LEFT JOIN counts k ON k.child = c.id::text
                 WHERE c.parent_id = :unit
                 ORDER BY 3 DESC, c.code""")
                .param("day", day).param("unit", unitId)
                .param("depth", depth)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
