package vn.tiendo.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tổng hợp số liệu (DHIS2-style roll-up): keeps {@code aggregate_value} for every unit above the units
 * that report. A unit's aggregate is combined from its children: each child's own reported value plus
 * the child's own aggregate. The parts (sums, counts, numerators, denominators, units meeting the
 * condition) are combined, and the shown value is computed last, so a percentage is a ratio of sums.
 *
 * <p>A change at one unit recomputes only that unit's ancestors, deepest first, each from its direct
 * children ({@link #onChange}); {@link #recomputeAll} rebuilds everything level by level with the same
 * statement and so gives the same numbers.
 */
@Component
public class RollUp {

    /**
     * Combines the children of the units in {@code parents} into the parents' aggregates, in one
     * aggregation pass over the children's own values and the children's aggregates (min/max folded in).
     */
    static final String COMBINE = """
            WITH kids AS (SELECT c.id, c.parent_id FROM org_unit c WHERE c.parent_id = ANY (CAST(:parents AS BIGINT[]))
                                 AND c.level <> 'BODY'),
            inputs AS (
                SELECT fi.indicator_id, k.parent_id AS unit_id, dv.period,
                       CASE WHEN fi.role = 'VALUE' THEN dv.value END AS sum_value,
                       CASE WHEN fi.role = 'VALUE' AND dv.value IS NOT NULL THEN 1 ELSE 0 END AS value_count,
                       CASE WHEN fi.role = 'NUMERATOR' THEN dv.value END AS numerator,
                       CASE WHEN fi.role = 'DENOMINATOR' THEN dv.value END AS denominator,
                       CASE WHEN fi.role = 'VALUE' AND (lower(trim(dv.text_value)) = lower(fi.condition_text)
                                 OR dv.value >= fi.condition_min) THEN 1 ELSE 0 END AS met_count,
                       CASE WHEN fi.role <> 'DENOMINATOR' AND (dv.value IS NOT NULL OR dv.text_value IS NOT NULL)
                            THEN 1 ELSE 0 END AS reported_count,
                       CASE WHEN fi.kind IN ('MIN', 'MAX') THEN dv.value END AS min_value,
                       CASE WHEN fi.kind IN ('MIN', 'MAX') THEN dv.value END AS max_value,
                       dv.demo
                  FROM kids k JOIN data_value dv ON dv.org_unit_id = k.id
                  JOIN formula_input fi ON fi.source_id = dv.indicator_id
                 WHERE %s
                UNION ALL
                SELECT a.indicator_id, k.parent_id, a.period, a.sum_value, a.value_count, a.numerator, a.denominator,
                       a.met_count, a.reported_count, a.min_value, a.max_value, a.demo
                  FROM kids k JOIN aggregate_value a ON a.org_unit_id = k.id
                 WHERE %s),
            combined AS (
                SELECT indicator_id, unit_id, period, sum(sum_value) AS sum_value, sum(value_count) AS value_count,
                       sum(numerator) AS numerator, sum(denominator) AS denominator, sum(met_count) AS met_count,
                       sum(reported_count) AS reported_count, min(min_value) AS min_value, max(max_value) AS max_value,
                       bool_or(demo) AS demo
                  FROM inputs GROUP BY 1, 2, 3)
            INSERT INTO aggregate_value (indicator_id, org_unit_id, period, kind, value, sum_value, value_count, numerator,
                                         denominator, met_count, reported_count, child_count, min_value, max_value, demo)
            SELECT c.indicator_id, c.unit_id, c.period, f.kind,
                   CASE f.kind
                       WHEN 'SUM' THEN c.sum_value
                       WHEN 'AVERAGE' THEN CASE WHEN c.value_count > 0 THEN round(c.sum_value / c.value_count, 4) END
                       WHEN 'MIN' THEN c.min_value
                       WHEN 'MAX' THEN c.max_value
                       WHEN 'RATIO' THEN CASE WHEN c.denominator <> 0 THEN round(100 * c.numerator / c.denominator, 4) END
                       WHEN 'CHILD_SHARE' THEN CASE WHEN s.n > 0 THEN round(100.0 * c.met_count / s.n, 4) END
                       WHEN 'CHILD_COUNT' THEN c.met_count
                   END,
                   c.sum_value, c.value_count, c.numerator, c.denominator, c.met_count, c.reported_count, s.n,
                   c.min_value, c.max_value, c.demo
              FROM combined c JOIN effective_formula f ON f.indicator_id = c.indicator_id
              LEFT JOIN unit_level_count s ON s.org_unit_id = c.unit_id AND s.level = f.reporting_level""";

    static final String DEPTH = "array_length(string_to_array(trim(both '/' from path), '/'), 1)";

    /** Fills unit_level_count (emptied first) from org_unit. */
    static final String UNIT_SIZES = """
            INSERT INTO unit_level_count (org_unit_id, level, n)
            SELECT CAST(a AS BIGINT), d.level, count(*)
              FROM org_unit d CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from d.path), '/')) AS a
             WHERE d.level <> 'BODY' AND d.path <> '' AND CAST(a AS BIGINT) <> d.id
             GROUP BY 1, 2""";

    /** Memory for the hash aggregation of one national level (the session of a full recompute only). */
    public static final String RECOMPUTE_WORK_MEM = "256MB";

    /** The advisory lock key of the roll-up ("roll" in ASCII). */
    static final long ROLL_UP_LOCK = 0x726f6c6cL;

    /** The meter of roll-up durations (Prometheus {@code tiendo_rollup_seconds}, tag {@code kind}: change or full). */
    public static final String METER = "tiendo.rollup";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final Timer changeTimer;
    private final Timer fullTimer;

    public RollUp(JdbcClient jdbc, DataVersion dataVersion, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.changeTimer = Timer.builder(METER).tag("kind", "change")
                .description("Roll-up after one changed value: its ancestors recombined (the lag before aggregates show it)")
                .register(meters);
        this.fullTimer = Timer.builder(METER).tag("kind", "full").description("Full recompute of every aggregate").register(meters);
    }

    /**
     * Brings the aggregates above {@code orgUnitId} up to date after a value of {@code indicatorId} for
     * {@code period} was created, changed or deleted: each ancestor, deepest first, is recombined from its
     * direct children, for the indicators computed from that one only.
     */
    @Transactional
    public void onChange(long indicatorId, long orgUnitId, String period) {
        changeTimer.record(() -> combineAncestors(indicatorId, orgUnitId, period));
    }

    private void combineAncestors(long indicatorId, long orgUnitId, String period) {
        dataVersion.changed(); // the unit's own value changed even when nothing is computed from it
        List<Long> ids = jdbc.sql("SELECT DISTINCT indicator_id FROM formula_input WHERE source_id = ?")
                .param(indicatorId).query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        serialise();
        String affected = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        for (long ancestor : ancestorsDeepestFirst(orgUnitId)) {
            jdbc.sql("DELETE FROM aggregate_value WHERE org_unit_id = ? AND period = ? AND indicator_id = ANY (CAST(? AS BIGINT[]))")
                    .param(ancestor).param(period).param(affected).update();
            String rawFilter = "fi.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND dv.period = :period";
            String aggFilter = "a.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND a.period = :period";
            jdbc.sql(COMBINE.formatted(rawFilter, aggFilter))
                    .param("parents", "{" + ancestor + "}").param("ids", affected).param("period", period).update();
        }
    }

    /**
     * Recomputes every aggregate from the reported values, level by level from the schools up. The table
     * is emptied with TRUNCATE (readers wait for the commit instead of seeing it half-built) and the
     * session gets enough work_mem to aggregate a national level in memory.
     */
    @Transactional
    public void recomputeAll() {
        fullTimer.record(this::recomputeEverything);
    }

    private void recomputeEverything() {
        dataVersion.changed();
        serialise();
        jdbc.sql("SET LOCAL work_mem = '" + RECOMPUTE_WORK_MEM + "'").update();
        refreshUnitSizes();
        jdbc.sql("TRUNCATE aggregate_value").update();
        Map<Integer, List<Long>> parentsByDepth = new TreeMap<>(Collections.reverseOrder());
        jdbc.sql("SELECT id, " + DEPTH + " AS depth FROM org_unit WHERE level <> 'BODY'")
                .query((java.sql.ResultSet rs) -> {
                    parentsByDepth.computeIfAbsent(rs.getInt("depth"), d -> new ArrayList<>()).add(rs.getLong("id"));
                });
        parentsByDepth.remove(parentsByDepth.keySet().stream().findFirst().orElse(0)); // the deepest units have no children
        for (List<Long> parents : parentsByDepth.values()) {
            jdbc.sql(COMBINE.formatted("TRUE", "TRUE")).param("parents", ActualValues.array(parents)).update();
        }
    }

    /** Counts the units of each level below every unit (the "of 38 communes" of a share). */
    @Transactional
    public void refreshUnitSizes() {
        jdbc.sql("DELETE FROM unit_level_count").update();
        jdbc.sql(UNIT_SIZES).update();
    }

    /**
     * Roll-ups run one at a time, each until its transaction commits (a transaction-level advisory lock): two writers
     * of units under the same ancestor would otherwise both delete and re-insert its aggregate (duplicate key), or each
     * combine without the other's uncommitted value (a stale total). Taken at commit time, when the values are written,
     * and by every roll-up in the same order, so it cannot deadlock with row locks.
     */
    private void serialise() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ROLL_UP_LOCK).query().listOfRows();
    }

    private List<Long> ancestorsDeepestFirst(long orgUnitId) {
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(orgUnitId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Không có đơn vị mã nội bộ " + orgUnitId + "."));
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != orgUnitId) {
                ids.add(Long.parseLong(part));
            }
        }
        Collections.reverse(ids);
        return ids;
    }
}
