package vn.tiendo.cascade;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the alignment page: plans of the communes, linked target pairs, unmatched parent tasks, commune promises. */
@Repository
public class AlignmentStore {

    /** A linked pair of targets of the same year. */
    public record Pair(String communeCode, String communeName, long planId, String planStatus, String code, String name,
                       String direction, int year, String parentText, BigDecimal parentValue, String childText,
                       BigDecimal childValue) {
    }

    /** A parent target counted in communes, and how many communes' plans promise completion by its year. */
    public record Count(String code, String name, int year, String text, int numerator, int denominator, int promised) {
    }

    private final JdbcClient jdbc;

    public AlignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Commune code → {plan id, status, number} of the plans below the programme (derived first). */
    public Map<String, Object[]> plans(long programmeId) {
        Map<String, Object[]> m = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT u.code, p.id, p.status, p.number FROM programme p JOIN org_unit u ON u.id = p.org_unit_id
                 WHERE (p.parent_id = ? OR p.derived_from = ?) AND u.level = 'COMMUNE'
                 ORDER BY (p.derived_from IS NULL), p.status DESC, p.id""")
                .param(programmeId).param(programmeId).query((ResultSet rs) -> {
                    m.putIfAbsent(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4)});
                });
        return m;
    }

    /** Linked indicator pairs with numeric targets of the same year; indicators counted in communes left out. */
    public List<Pair> pairs(long programmeId) {
        return jdbc.sql("""
                SELECT cu.code, cu.full_name, cp.id, cp.status, p.code, p.name, p.direction, pt.period::int, pt.text, pt.value,
                       ct.text, ct.value
                  FROM indicator p JOIN programme pp ON pp.id = p.programme_id
                  JOIN target pt ON pt.indicator_id = p.id AND pt.org_unit_id = pp.org_unit_id
                  JOIN indicator_link l ON l.parent_indicator_id = p.id
                  JOIN indicator c ON c.id = l.child_indicator_id JOIN programme cp ON cp.id = c.programme_id
                  JOIN org_unit cu ON cu.id = cp.org_unit_id
                  JOIN target ct ON ct.indicator_id = c.id AND ct.org_unit_id = cp.org_unit_id AND ct.period = pt.period
                 WHERE p.programme_id = ? AND pt.value IS NOT NULL AND ct.value IS NOT NULL AND pt.denominator IS NULL
                   AND pt.period ~ '^[0-9]{4}$'
                 ORDER BY cu.code, p.parent_id NULLS FIRST, p.ordinal, pt.period""")
                .param(programmeId)
                .query((rs, i) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getBigDecimal(10), rs.getString(11),
                        rs.getBigDecimal(12))).list();
    }

    /** Parent tasks without a linked task, per commune plan: {commune name, plan id, plan number, code, title}. */
    public List<Object[]> missingTasks(long programmeId) {
        return jdbc.sql("""
                SELECT u.full_name, cp.id, cp.number, pt.code, pt.title
                  FROM programme cp JOIN org_unit u ON u.id = cp.org_unit_id JOIN task pt ON pt.programme_id = ?
                 WHERE (cp.parent_id = ? OR cp.derived_from = ?) AND u.level = 'COMMUNE'
                   AND NOT EXISTS (SELECT 1 FROM task_link l JOIN task c ON c.id = l.child_task_id
                                    WHERE l.parent_task_id = pt.id AND c.programme_id = cp.id)
                 ORDER BY u.code, cp.id, pt.ordinal""")
                .param(programmeId).param(programmeId).param(programmeId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list();
    }

    /**
     * For each parent target written as a count of communes ("21 (8/38)"): the communes whose plan (linked indicator)
     * has a target of that year or before meeting completion (≥ 100 for a percentage, else &gt; 0).
     */
    public List<Count> counts(long programmeId) {
        return jdbc.sql("""
                SELECT p.code, p.name, pt.period::int AS year, pt.text, pt.numerator, pt.denominator,
                       (SELECT count(DISTINCT cp.org_unit_id) FROM indicator_link l JOIN indicator c ON c.id = l.child_indicator_id
                          JOIN programme cp ON cp.id = c.programme_id JOIN target ct ON ct.indicator_id = c.id
                         WHERE l.parent_indicator_id = p.id AND ct.period ~ '^[0-9]{4}$' AND ct.period::int <= pt.period::int
                           AND ct.value >= CASE WHEN p.value_type = 'PERCENT' THEN 100 ELSE 0.000001 END) AS promised
                  FROM indicator p JOIN programme pp ON pp.id = p.programme_id
                  JOIN target pt ON pt.indicator_id = p.id AND pt.org_unit_id = pp.org_unit_id
                 WHERE p.programme_id = ? AND pt.denominator IS NOT NULL AND pt.numerator IS NOT NULL AND pt.period ~ '^[0-9]{4}$'
                 ORDER BY p.parent_id NULLS FIRST, p.ordinal, pt.period""")
                .param(programmeId)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7))).list();
    }
}
