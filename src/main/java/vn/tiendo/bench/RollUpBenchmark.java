package vn.tiendo.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.monitoring.RollUp;

/** Times the national roll-up: full recompute, one change propagated, and a plain GROUP BY ROLLUP query. */
@Component
public class RollUpBenchmark {

    private final JdbcClient jdbc;
    private final RollUp rollUp;
    private final TransactionTemplate tx;
    private final NationalDataSet dataSet;

    public RollUpBenchmark(JdbcClient jdbc, RollUp rollUp, TransactionTemplate tx, NationalDataSet dataSet) {
        this.jdbc = jdbc;
        this.rollUp = rollUp;
        this.tx = tx;
        this.dataSet = dataSet;
    }

    /** Results in milliseconds, by name. */
    public Map<String, Object> run(int incrementalRepeats) {
        Map<String, Object> out = new LinkedHashMap<>();
        long programmeId = dataSet.programmeId();
        out.put("data_values", jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single());
        jdbc.sql("ANALYZE").update();

        long t0 = System.nanoTime();
        rollUp.recomputeAll();
        out.put("full_rollup_ms", ms(t0));
        out.put("aggregate_rows", jdbc.sql("SELECT count(*) FROM aggregate_value").query(Long.class).single());

        // the baseline runs with the same work_mem as the recompute and consumes every column it computes
        Map<String, Object> plain = tx.execute(st -> {
            jdbc.sql("SET LOCAL work_mem = '" + RollUp.RECOMPUTE_WORK_MEM + "'").update();
            long start = System.nanoTime();
            Map<String, Object> row = jdbc.sql("""
                    SELECT count(*) AS groups, sum(sum_value) AS s, sum(value_count) AS vc, sum(numerator) AS nu,
                           sum(denominator) AS de, sum(met_count) AS mc, sum(reported_count) AS rc, min(min_value) AS mi,
                           max(max_value) AS ma
                      FROM (%s) b""".formatted(PlainRollUp.QUERY)).param(programmeId).query().singleRow();
            row.put("ms", ms(start));
            return row;
        });
        out.put("plain_group_by_rollup_ms", plain.get("ms"));
        out.put("plain_group_by_rollup_groups", plain.get("groups"));
        out.put("full_vs_plain_ratio", round((double) out.get("full_rollup_ms") / (double) plain.get("ms")));
        out.put("groups_differing_from_plain_sql", PlainRollUp.differences(jdbc, programmeId));

        out.putAll(incremental(programmeId, incrementalRepeats));
        return out;
    }

    /**
     * One school's value changed and rolled up to the nation, each change its own transaction (timed from its
     * start to its commit), with the time of each step: the UPDATE, the roll-up, the commit.
     */
    private Map<String, Object> incremental(long programmeId, int repeats) {
        List<Long> schools = jdbc.sql("SELECT id FROM org_unit WHERE code LIKE 'BENCH-%' ORDER BY id LIMIT 50").query(Long.class).list();
        List<Long> indicators = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY ordinal").param(programmeId)
                .query(Long.class).list();
        double[] total = new double[repeats];
        double[] update = new double[repeats];
        double[] roll = new double[repeats];
        double[] commit = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long school = schools.get(r % schools.size());
            long indicator = indicators.get(r % indicators.size());
            long[] marks = new long[2];
            long start = System.nanoTime();
            tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE data_value SET value = value + 1, text_value = CASE WHEN text_value = 'Đạt' THEN 'Chưa đạt' "
                                + "WHEN text_value IS NOT NULL THEN 'Đạt' END WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                        .param(indicator).param(school).update();
                marks[0] = System.nanoTime();
                rollUp.onChange(indicator, school, "2026");
                marks[1] = System.nanoTime();
            });
            long end = System.nanoTime();
            total[r] = (end - start) / 1e6;
            update[r] = (marks[0] - start) / 1e6;
            roll[r] = (marks[1] - marks[0]) / 1e6;
            commit[r] = (end - marks[1]) / 1e6;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Arrays.sort(total);
        out.put("incremental_change_median_ms", round(total[total.length / 2]));
        out.put("incremental_change_p95_ms", p95(total));
        out.put("incremental_change_max_ms", round(total[total.length - 1]));
        out.put("incremental_step_update_p95_ms", p95(update));
        out.put("incremental_step_rollup_p95_ms", p95(roll));
        out.put("incremental_step_commit_p95_ms", p95(commit));
        return out;
    }

    private static double p95(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return round(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
    }

    static double ms(long start) {
        return round((System.nanoTime() - start) / 1e6);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
