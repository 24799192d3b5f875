package vn.tiendo.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.monitoring.RollUp;

/**
 * Times one school's value change reaching the nation's aggregates, each change its own transaction (from its
 * start to its commit), with the time of each step (the UPDATE, the roll-up, the commit). The roll-up of this
 * version ({@link RollUp#onChange}) and the one before it (a global lock, then per ancestor a DELETE and a
 * combining INSERT, kept here as the baseline) alternate on the same changes, so both see the same load.
 */
final class IncrementalChanges {

    private final JdbcClient jdbc;
    private final RollUp rollUp;
    private final TransactionTemplate tx;

    IncrementalChanges(JdbcClient jdbc, RollUp rollUp, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rollUp = rollUp;
        this.tx = tx;
    }

    /** Timings in milliseconds, by name; {@code repeats} changes with each roll-up. */
    Map<String, Object> run(long programmeId, int repeats) {
        List<Long> schools = jdbc.sql("SELECT id FROM org_unit WHERE code LIKE 'BENCH-%' ORDER BY id LIMIT 50").query(Long.class).list();
        List<Long> indicators = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY ordinal").param(programmeId)
                .query(Long.class).list();
        double[][] now = new double[4][repeats];
        double[][] before = new double[4][repeats];
        for (int r = 0; r < repeats; r++) {
            long school = schools.get(r % schools.size());
            long indicator = indicators.get(r % indicators.size());
            change(indicator, school, r, before, true);
            change(indicator, school, r, now, false);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "incremental_change", now);
        put(out, "incremental_change_before", before);
        out.put("incremental_p95_before_vs_now", RollUpBenchmark.round(p(before[0], 0.95) / p(now[0], 0.95)));
        return out;
    }

    private void change(long indicator, long school, int r, double[][] times, boolean asBefore) {
        long[] marks = new long[2];
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE data_value SET value = value + 1, text_value = CASE WHEN text_value = 'Đạt' THEN 'Chưa đạt' "
                            + "WHEN text_value IS NOT NULL THEN 'Đạt' END WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                    .param(indicator).param(school).update();
            marks[0] = System.nanoTime();
            if (asBefore) {
                rollUpAsBefore(indicator, school, "2026");
            } else {
                rollUp.onChange(indicator, school, "2026");
            }
            marks[1] = System.nanoTime();
        });
        long end = System.nanoTime();
        times[0][r] = (end - start) / 1e6;
        times[1][r] = (marks[0] - start) / 1e6;
        times[2][r] = (marks[1] - marks[0]) / 1e6;
        times[3][r] = (end - marks[1]) / 1e6;
    }

    /** The incremental roll-up as it was before this version: one global lock, DELETE and INSERT per ancestor. */
    private void rollUpAsBefore(long indicatorId, long orgUnitId, String period) {
        List<Long> ids = jdbc.sql("SELECT DISTINCT indicator_id FROM formula_input WHERE source_id = ?")
                .param(indicatorId).query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?)) l").param(RollUp.ROLL_UP_LOCK).query(Long.class).single();
        String affected = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(orgUnitId).query(String.class).single();
        List<String> parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty() && Long.parseLong(p) != orgUnitId).toList();
        for (int i = parts.size() - 1; i >= 0; i--) {
            long ancestor = Long.parseLong(parts.get(i));
            jdbc.sql("DELETE FROM aggregate_value WHERE org_unit_id = ? AND period = ? AND indicator_id = ANY (CAST(? AS BIGINT[]))")
                    .param(ancestor).param(period).param(affected).update();
            String rawFilter = "fi.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND dv.period = :period";
            String aggFilter = "a.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND a.period = :period";
            jdbc.sql(RollUp.COMBINE.formatted(rawFilter, aggFilter))
                    .param("parents", "{" + ancestor + "}").param("ids", affected).param("period", period).update();
        }
    }

    private static void put(Map<String, Object> out, String name, double[][] t) {
        out.put(name + "_median_ms", RollUpBenchmark.round(p(t[0], 0.5)));
        out.put(name + "_p95_ms", RollUpBenchmark.round(p(t[0], 0.95)));
        out.put(name + "_max_ms", RollUpBenchmark.round(p(t[0], 1)));
        out.put(name + "_p95_steps_update_rollup_commit_ms", RollUpBenchmark.round(p(t[1], 0.95)) + " / "
                + RollUpBenchmark.round(p(t[2], 0.95)) + " / " + RollUpBenchmark.round(p(t[3], 0.95)));
    }

    private static double p(double[] times, double q) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
    }
}
