package vn.tiendo.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the emulation score: a programme's weights, its units' task facts for a year, the heads of units. */
@Repository
public class EmulationStore {

    private final JdbcClient jdbc;

    public EmulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmulationWeights> weights(long programmeId) {
        return jdbc.sql("SELECT on_time, overdue, indicators, timeliness FROM emulation_weight WHERE programme_id = ?")
                .param(programmeId).query((rs, i) -> new EmulationWeights(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    public void saveWeights(long programmeId, EmulationWeights w, String by) {
        jdbc.sql("""
                INSERT INTO emulation_weight (programme_id, on_time, overdue, indicators, timeliness, updated_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (programme_id) DO UPDATE SET on_time = EXCLUDED.on_time, overdue = EXCLUDED.overdue,
                    indicators = EXCLUDED.indicators, timeliness = EXCLUDED.timeliness, updated_by = EXCLUDED.updated_by,
                    updated_at = now()""")
                .param(programmeId).param(w.onTime()).param(w.overdue()).param(w.indicators()).param(w.timeliness()).param(by)
                .update();
    }

    /** Per responsible unit, its occurrences of the programme due in the year, judged on {@code asOf}. */
    public List<UnitTaskFacts> facts(long programmeId, int year, LocalDate asOf) {
        return jdbc.sql("""
                SELECT u.id, u.code, u.full_name, coalesce(u.parent_id, 0), count(*),
                       count(*) FILTER (WHERE r.done_on <= o.due_on),
                       count(*) FILTER (WHERE o.due_on < :asOf AND (r.done_on IS NULL OR r.done_on > :asOf)),
                       count(*) FILTER (WHERE f.first_at <= o.due_on)
                  FROM task_occurrence o JOIN task t ON t.id = o.task_id JOIN org_unit u ON u.id = o.org_unit_id
                  LEFT JOIN LATERAL (SELECT CASE WHEN x.status = 'DONE' THEN coalesce(x.completed_on,
                                                 (x.reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) END AS done_on
                                       FROM task_report x WHERE x.task_id = o.task_id AND x.org_unit_id = o.org_unit_id
                                        AND (o.occurrence_key = 'once' OR x.period = o.occurrence_key)
                                      ORDER BY x.reported_at DESC, x.id DESC LIMIT 1) r ON TRUE
                  LEFT JOIN LATERAL (SELECT (min(coalesce(h.reported_at, x.reported_at)) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS first_at
                                       FROM task_report x LEFT JOIN task_report_history h ON h.task_report_id = x.id
                                      WHERE x.task_id = o.task_id AND x.org_unit_id = o.org_unit_id
                                        AND (o.occurrence_key = 'once' OR x.period = o.occurrence_key)) f ON TRUE
                 WHERE t.programme_id = :programme AND o.kind IS DISTINCT FROM 'ONGOING'
                   AND o.due_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)
                 GROUP BY u.id, u.code, u.full_name, u.parent_id
                 ORDER BY u.code, u.full_name""")
                .param("programme", programmeId).param("year", year).param("asOf", asOf)
                .query((rs, i) -> new UnitTaskFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    /** A head of a unit: who holds PROGRAMME_OWNER or APPROVER on it, or, when nobody does, on its parent. */
    public record Head(long unitId, long userId, String name) {
    }

    public Map<Long, List<Head>> heads(List<Long> unitIds) {
        return jdbc.sql("""
                WITH units AS (SELECT id, parent_id FROM org_unit WHERE id = ANY (?)),
                direct AS (SELECT n.id AS unit_id, g.user_id FROM units n JOIN role_grant g ON g.org_unit_id = n.id
                            WHERE g.role IN ('PROGRAMME_OWNER', 'APPROVER'))
                SELECT DISTINCT h.unit_id, a.id, coalesce(a.display_name, a.username)
                  FROM (SELECT * FROM direct
                        UNION
                        SELECT n.id, g.user_id FROM units n JOIN role_grant g ON g.org_unit_id = n.parent_id
                         WHERE g.role IN ('PROGRAMME_OWNER', 'APPROVER') AND NOT EXISTS (SELECT 1 FROM direct d WHERE d.unit_id = n.id)) h
                  JOIN app_user a ON a.id = h.user_id AND a.enabled AND a.erased_at IS NULL
                 ORDER BY 1, 3""")
                .param(unitIds.toArray(Long[]::new))
                .query((rs, i) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3))).list()
                .stream().collect(Collectors.groupingBy(Head::unitId));
    }

}
