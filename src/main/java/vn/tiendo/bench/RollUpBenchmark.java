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

        out.putAll(new IncrementalChanges(jdbc, rollUp, tx).run(programmeId, incrementalRepeats));
        return out;
    }

    /** Only the incremental changes (the full recompute must have run once on the data set). */
    public Map<String, Object> changes(int repeats) {
        return new IncrementalChanges(jdbc, rollUp, tx).run(dataSet.programmeId(), repeats);
    }

    static double ms(long start) {
        return round((System.nanoTime() - start) / 1e6);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
