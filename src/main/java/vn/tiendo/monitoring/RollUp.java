package vn.tiendo.monitoring;

import java.util.ArrayList;
import java.util.Collection;
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
    public static final String COMBINE = """
            WITH kids AS (SELECT c.id, c.parent_id FROM org_unit c WHERE c.parent_id = ANY (CAST(:parents AS BIGINT[]))
                                 AND c.level <> 'BODY'),
            inputs AS (%s),
            combined AS (%s)
            """.formatted(RollUpSql.INPUTS, RollUpSql.GROUPED) + RollUpSql.FINISH.formatted("combined");

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
    public static final long ROLL_UP_LOCK = 0x726f6c6cL;

    /** The meter of roll-up durations (Prometheus {@code tiendo_rollup_seconds}, tag {@code kind}: change or full). */
    public static final String METER = "tiendo.rollup";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final Timer changeTimer;
    private final Timer fullTimer;
    private final Recombination recombination;

    public RollUp(JdbcClient jdbc, DataVersion dataVersion, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.recombination = new Recombination(jdbc);
        this.changeTimer = Timer.builder(METER).tag("kind", "change")
                .description("Roll-up after one changed value: its ancestors recombined (the lag before aggregates show it)")
                .register(meters);
        this.fullTimer = Timer.builder(METER).tag("kind", "full").description("Full recompute of every aggregate").register(meters);
    }

    /** A value of {@code indicatorId} for {@code period} at {@code orgUnitId} was created, changed or deleted. */
    public record Change(long indicatorId, long orgUnitId, String period) {
    }

    /**
     * Brings the aggregates above {@code orgUnitId} up to date after a value of {@code indicatorId} for
     * {@code period} was created, changed or deleted: each ancestor, deepest first, is recombined from its
     * direct children, for the indicators computed from that one only.
     */
    @Transactional
    public void onChange(long indicatorId, long orgUnitId, String period) {
        onChanges(List.of(new Change(indicatorId, orgUnitId, period)));
    }

    /**
     * The same for all the values a transaction changed, at once: every affected ancestor is recombined once
     * per level and period, and the locks of all the changes are taken together in one order (so two
     * transactions changing the same values in different orders cannot deadlock), see {@link Recombination}.
     */
    @Transactional
    public void onChanges(Collection<Change> changes) {
        changeTimer.record(() -> {
            dataVersion.changed(); // the units' own values changed even when nothing is computed from them
            if (!changes.isEmpty()) {
                recombination.run(changes);
            }
        });
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
        List<String> keys = dropKeys();
        Map<Integer, List<Long>> parentsByDepth = new TreeMap<>(Collections.reverseOrder());
        jdbc.sql("SELECT id, " + DEPTH + " AS depth FROM org_unit WHERE level <> 'BODY'")
                .query((java.sql.ResultSet rs) -> {
                    parentsByDepth.computeIfAbsent(rs.getInt("depth"), d -> new ArrayList<>()).add(rs.getLong("id"));
                });
        parentsByDepth.remove(parentsByDepth.keySet().stream().findFirst().orElse(0)); // the deepest units have no children
        for (List<Long> parents : parentsByDepth.values()) {
            combineLevel(ActualValues.array(parents));
        }
        keys.forEach(statement -> jdbc.sql(statement).update());
    }

    /**
     * Drops the emptied table's primary key, foreign keys and indexes for the time of the rebuild, and returns the
     * statements that put them back as they were (names and definitions read from the catalogue): a million rows
     * are then written without a foreign-key trigger and two index insertions each, and the keys are built once,
     * sorted, and checked with one join each at the end, all in the same transaction (nobody sees the table
     * without them: TRUNCATE holds it exclusively until the commit).
     */
    private List<String> dropKeys() {
        List<String> restore = new ArrayList<>(jdbc.sql("""
                SELECT format('ALTER TABLE aggregate_value ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid))
                  FROM pg_constraint WHERE conrelid = 'aggregate_value'::regclass AND contype IN ('p', 'u', 'f')
                 ORDER BY contype = 'f', conname""").query(String.class).list());
        restore.addAll(jdbc.sql("""
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                 WHERE i.indrelid = 'aggregate_value'::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                 ORDER BY 1""").query(String.class).list());
        jdbc.sql("""
                SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
                 WHERE i.indrelid = 'aggregate_value'::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                UNION ALL
                SELECT format('ALTER TABLE aggregate_value DROP CONSTRAINT %I', conname)
                  FROM pg_constraint WHERE conrelid = 'aggregate_value'::regclass AND contype IN ('p', 'u', 'f')""")
                .query(String.class).list().forEach(statement -> jdbc.sql(statement).update());
        return restore;
    }

    /**
     * One level of the full recompute in two statements: the parts grouped into a temporary table (a
     * {@code CREATE TABLE AS}, which PostgreSQL may spread over parallel workers, whereas an {@code INSERT … SELECT}
     * always runs in one process), then the aggregates written from it. Same inputs, same grouping and same final
     * row as {@link #COMBINE}.
     */
    private void combineLevel(String parentArray) {
        jdbc.sql(RollUpSql.levelParts(parentArray)).update();
        jdbc.sql(RollUpSql.FINISH.formatted(RollUpSql.LEVEL_TABLE)).update();
        jdbc.sql("DROP TABLE " + RollUpSql.LEVEL_TABLE).update();
    }

    /** Counts the units of each level below every unit (the "of 38 communes" of a share). */
    @Transactional
    public void refreshUnitSizes() {
        jdbc.sql("DELETE FROM unit_level_count").update();
        jdbc.sql(UNIT_SIZES).update();
    }

    /**
     * A full recompute runs alone, until its transaction commits: the roll-up lock exclusively (a transaction-level
     * advisory lock; incremental roll-ups take it shared, {@link Recombination}). Taken at commit time, when the values
     * are written, so it cannot deadlock with row locks.
     */
    private void serialise() {
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?)) l").param(ROLL_UP_LOCK).query(Long.class).single();
    }
}
