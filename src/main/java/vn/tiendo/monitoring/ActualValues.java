package vn.tiendo.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.storage.ReplicaReads;

/**
 * Reads actual values: a unit's own reported value wins; otherwise the roll-up of the units below it.
 * Values and roll-ups are stored under each indicator's measure (docs/cascade.md "Entered once") and returned under
 * the indicator asked for. Results are keyed unit id → indicator id → period. Reads go to the replica in a GET when
 * one is configured and fresh enough (storage.ReplicaReads).
 */
@Repository
public class ActualValues {

    /** Values and roll-ups of the units and indicators (the measures, when some asked indicators are linked). */
    private static final String PLAIN = """
            SELECT org_unit_id, indicator_id, period, value, NULL AS text_value, met_count, child_count, kind, demo,
                   TRUE AS aggregated
              FROM aggregate_value
             WHERE org_unit_id = ANY (CAST(:units AS BIGINT[])) AND indicator_id = ANY (CAST(:indicators AS BIGINT[]))
            UNION ALL
            SELECT org_unit_id, indicator_id, period, value, text_value, NULL, NULL, NULL, demo, FALSE
              FROM data_value
             WHERE org_unit_id = ANY (CAST(:units AS BIGINT[])) AND indicator_id = ANY (CAST(:indicators AS BIGINT[]))""";

    private final JdbcClient jdbc;

    public ActualValues(@ReplicaReads JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All periods of the given indicators for the units with the given ids. */
    public Map<Long, Map<Long, Map<String, Actual>>> of(Collection<Long> unitIds, Collection<Long> indicatorIds) {
        Map<Long, Map<Long, Map<String, Actual>>> out = new HashMap<>();
        if (unitIds.isEmpty() || indicatorIds.isEmpty()) {
            return out;
        }
        Map<Long, List<Long>> askers = askersByMeasure(indicatorIds);
        jdbc.sql(PLAIN).param("units", array(unitIds)).param("indicators", array(askers.keySet()))
                .query((ResultSet rs) -> {
                    for (long asked : askers.get(rs.getLong("indicator_id"))) {
                        put(out, rs, asked);
                    }
                });
        return out;
    }

    /**
     * Measure id → the asked indicators stored under it (docs/cascade.md "Entered once"); the measures are read with
     * the same plain query and the rows handed to every indicator that asked. Costs one index probe per linked child.
     */
    private Map<Long, List<Long>> askersByMeasure(Collection<Long> indicatorIds) {
        Map<Long, List<Long>> askers = new HashMap<>();
        indicatorIds.forEach(id -> askers.put(id, new ArrayList<>(List.of(id))));
        jdbc.sql("SELECT indicator_id, measure_id FROM indicator_measure_of(CAST(? AS BIGINT[])) WHERE indicator_id <> measure_id")
                .param(array(indicatorIds)).query((ResultSet rs) -> {
                    long asked = rs.getLong(1);
                    askers.get(asked).remove(Long.valueOf(asked));
                    askers.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(asked);
                });
        askers.values().removeIf(List::isEmpty);
        return askers;
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

    private static void put(Map<Long, Map<Long, Map<String, Actual>>> out, ResultSet rs, long indicatorId) throws SQLException {
        boolean aggregated = rs.getBoolean("aggregated");
        String kind = rs.getString("kind");
        boolean share = "CHILD_SHARE".equals(kind) || "CHILD_COUNT".equals(kind);
        Actual a = new Actual(rs.getString("period"), rs.getBigDecimal("value"), rs.getString("text_value"), aggregated,
                share ? (Integer) rs.getObject("met_count") : null, share ? (Integer) rs.getObject("child_count") : null,
                rs.getBoolean("demo"));
        // the unit's own reported value wins over the roll-up of the units below it
        out.computeIfAbsent(rs.getLong("org_unit_id"), k -> new HashMap<>())
                .computeIfAbsent(indicatorId, k -> new HashMap<>())
                .merge(a.period(), a, (old, now) -> old.aggregated() ? now : old);
    }

    static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
