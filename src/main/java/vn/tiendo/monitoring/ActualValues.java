package vn.tiendo.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads actual values: a unit's own reported value wins; otherwise the roll-up of the units below it.
 * Values and roll-ups are stored under each indicator's measure (docs/cascade.md "Entered once") and returned under
 * the indicator asked for. Results are keyed unit id → indicator id → period.
 */
@Repository
public class ActualValues {

    /** Values and roll-ups of indicators none of which is linked: no measure lookup on the usual path. */
    private static final String PLAIN = """
            SELECT org_unit_id, indicator_id, period, value, NULL AS text_value, met_count, child_count, kind, demo,
                   TRUE AS aggregated
              FROM aggregate_value
             WHERE org_unit_id = ANY (CAST(:units AS BIGINT[])) AND indicator_id = ANY (CAST(:indicators AS BIGINT[]))
            UNION ALL
            SELECT org_unit_id, indicator_id, period, value, text_value, NULL, NULL, NULL, demo, FALSE
              FROM data_value
             WHERE org_unit_id = ANY (CAST(:units AS BIGINT[])) AND indicator_id = ANY (CAST(:indicators AS BIGINT[]))""";

    /** The same under each indicator's measure, when some are linked (docs/cascade.md "Entered once"). */
    private static final String LINKED = """
            WITH m AS (SELECT indicator_id, measure_id FROM indicator_measure_of(CAST(:indicators AS BIGINT[])))
            SELECT a.org_unit_id, m.indicator_id, a.period, a.value, NULL AS text_value, a.met_count, a.child_count, a.kind,
                   a.demo, TRUE AS aggregated
              FROM m JOIN aggregate_value a ON a.indicator_id = m.measure_id
             WHERE a.org_unit_id = ANY (CAST(:units AS BIGINT[]))
            UNION ALL
            SELECT d.org_unit_id, m.indicator_id, d.period, d.value, d.text_value, NULL, NULL, NULL, d.demo, FALSE
              FROM m JOIN data_value d ON d.indicator_id = m.measure_id
             WHERE d.org_unit_id = ANY (CAST(:units AS BIGINT[]))""";

    private final JdbcClient jdbc;

    public ActualValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All periods of the given indicators for the units with the given ids. */
    public Map<Long, Map<Long, Map<String, Actual>>> of(Collection<Long> unitIds, Collection<Long> indicatorIds) {
        Map<Long, Map<Long, Map<String, Actual>>> out = new HashMap<>();
        if (unitIds.isEmpty() || indicatorIds.isEmpty()) {
            return out;
        }
        String units = array(unitIds);
        String indicators = array(indicatorIds);
        jdbc.sql(linked(indicators) ? LINKED : PLAIN)
                .param("units", units).param("indicators", indicators)
                .query((ResultSet rs) -> {
                    put(out, rs);
                });
        return out;
    }

    /** True when one of the indicators is the child of a link (an index probe per id). */
    private boolean linked(String indicators) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_link WHERE child_indicator_id = ANY (CAST(? AS BIGINT[])))")
                .param(indicators).query(Boolean.class).single();
    }

    /** True when any value of the programme's indicators within the unit's subtree is dữ liệu minh họa. */
    public boolean anyDemo(long programmeId, long unitId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM indicator_measure_of(ARRAY(SELECT id FROM indicator WHERE programme_id = ?)) m
                                 JOIN data_value dv ON dv.indicator_id = m.measure_id
                                 JOIN org_unit u ON u.id = dv.org_unit_id, org_unit a
                                WHERE dv.demo AND a.id = ? AND u.path LIKE a.path || '%')""")
                .param(programmeId).param(unitId).query(Boolean.class).single();
    }

    private static void put(Map<Long, Map<Long, Map<String, Actual>>> out, ResultSet rs) throws SQLException {
        boolean aggregated = rs.getBoolean("aggregated");
        String kind = rs.getString("kind");
        boolean share = "CHILD_SHARE".equals(kind) || "CHILD_COUNT".equals(kind);
        Actual a = new Actual(rs.getString("period"), rs.getBigDecimal("value"), rs.getString("text_value"), aggregated,
                share ? (Integer) rs.getObject("met_count") : null, share ? (Integer) rs.getObject("child_count") : null,
                rs.getBoolean("demo"));
        // the unit's own reported value wins over the roll-up of the units below it
        out.computeIfAbsent(rs.getLong("org_unit_id"), k -> new HashMap<>())
                .computeIfAbsent(rs.getLong("indicator_id"), k -> new HashMap<>())
                .merge(a.period(), a, (old, now) -> old.aggregated() ? now : old);
    }

    static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
