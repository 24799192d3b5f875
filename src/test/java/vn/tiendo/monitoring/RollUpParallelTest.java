package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.storage.OrgUnitRepository;

/** The full recompute spread over parallel workers, and incremental roll-ups racing each other. */
@TiendoTest
class RollUpParallelTest {

    @Autowired ProgrammeService programmes;
    @Autowired OrgUnitRepository units;
    @Autowired RollUp rollUp;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aFullRecomputeOnParallelWorkersWritesExactlyWhatTheSerialStatementWrites() throws SQLException {
        long p = programmes.save(LaiChauProgramme.document("RU6-CTr/TU"), null, false);
        List<Long> indicators = indicators(p);
        List<OrgUnit> reporting = new ArrayList<>(units.childUnits(units.findByCode("12").orElseThrow().id()));
        reporting.addAll(units.childUnits(units.findByCode("24").orElseThrow().id()).subList(0, 12));
        Random random = new Random(16);
        for (int i = 0; i < 120; i++) {
            long unit = reporting.get(random.nextInt(reporting.size())).id();
            String period = random.nextBoolean() ? "2027" : "2027Q" + (1 + random.nextInt(4));
            long indicator = indicators.get(random.nextInt(indicators.size()));
            if (random.nextInt(3) == 0) {
                values.put(indicator, unit, period, null, random.nextBoolean() ? "Đạt" : "Chưa đạt");
            } else {
                values.put(indicator, unit, period, BigDecimal.valueOf(random.nextInt(100_000), 2), null);
            }
        }
        List<String> plan = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            // a small set: parallel plans are forced, as the planner chooses them by itself at the national scale
            jdbc.sql("SET LOCAL debug_parallel_query = on").update();
            jdbc.sql("SET LOCAL parallel_setup_cost = 0").update();
            jdbc.sql("SET LOCAL parallel_tuple_cost = 0").update();
            jdbc.sql("SET LOCAL min_parallel_table_scan_size = 0").update();
            long province = units.findByCode("12").orElseThrow().id();
            plan.addAll(jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF) " + RollUpSql.levelParts("{" + province + "}"))
                    .query(String.class).list());
            jdbc.sql("DROP TABLE " + RollUpSql.LEVEL_TABLE).update();
            rollUp.recomputeAll();
        });
        assertThat(String.join("\n", plan)).contains("Gather").containsPattern("Workers Launched: [1-9]");

        AggregateVerifier.Report report;
        try (Connection c = dataSource.getConnection()) {
            report = AggregateVerifier.verify(c); // the serial statement (RollUp.COMBINE), level by level
        }
        assertThat(report.differences()).filteredOn(d -> d.programme().equals("RU6-CTr/TU")).isEmpty();
        assertThat(rowsOf(p)).isGreaterThan(50);
    }

    @Test
    void aFullRecomputePutsBackEveryKeyAndIndexOfTheAggregateTableAsItWas() {
        List<String> before = keysOfAggregates();
        rollUp.recomputeAll();
        assertThat(keysOfAggregates()).isEqualTo(before).anyMatch(k -> k.contains("PRIMARY KEY (indicator_id, org_unit_id, period)"))
                .anyMatch(k -> k.contains("FOREIGN KEY (org_unit_id) REFERENCES org_unit(id) ON DELETE CASCADE"))
                .anyMatch(k -> k.contains("aggregate_value_unit_idx"));
    }

    private List<String> keysOfAggregates() {
        return jdbc.sql("""
                SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'aggregate_value'::regclass
                UNION ALL
                SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'aggregate_value'::regclass
                 ORDER BY 1""").query(String.class).list();
    }

    @Test
    void writersRacingOverTheSameIndicatorsAndPeriodsLoseNothingAndNeverDeadlock() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("RU7-CTr/TU"), null, false);
        List<Long> indicators = indicators(p).subList(0, 4);
        List<OrgUnit> communes = units.childUnits(units.findByCode("12").orElseThrow().id());
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<OrgUnit> own = communes.subList(w * 5, w * 5 + 5); // no two writers share a value row
                Random random = new Random(71 + w);
                done.add(pool.submit(() -> {
                    for (int t = 0; t < 12; t++) {
                        writeSeveral(own, indicators, random); // several values per transaction, indicators in any order
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<java.util.Map<String, Object>> incremental = snapshot(p);
        rollUp.recomputeAll();
        assertThat(snapshot(p)).isEqualTo(incremental).hasSizeGreaterThan(8);
    }

    private void writeSeveral(List<OrgUnit> own, List<Long> indicators, Random random) {
        List<Long> shuffled = new ArrayList<>(indicators);
        Collections.shuffle(shuffled, random);
        String period = random.nextBoolean() ? "2028" : "2028Q2";
        tx.executeWithoutResult(s -> {
            for (long indicator : shuffled.subList(0, 3)) {
                long unit = own.get(random.nextInt(own.size())).id();
                jdbc.sql("""
                        INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, 'test', 'test')
                        ON CONFLICT (indicator_id, org_unit_id, period) DO UPDATE SET value = EXCLUDED.value,
                            text_value = EXCLUDED.text_value, version = data_value.version + 1""")
                        .param(indicator).param(unit).param(period).param(BigDecimal.valueOf(random.nextInt(10_000), 1))
                        .param(random.nextBoolean() ? "Đạt" : null).update();
                events.publishEvent(new DataValueChanged(indicator, unit, period));
            }
        });
    }

    private List<Long> indicators(long programmeId) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY id").param(programmeId).query(Long.class).list();
    }

    private long rowsOf(long programmeId) {
        return jdbc.sql("SELECT count(*) FROM aggregate_value a JOIN indicator i ON i.id = a.indicator_id WHERE i.programme_id = ?")
                .param(programmeId).query(Long.class).single();
    }

    private List<java.util.Map<String, Object>> snapshot(long programmeId) {
        return jdbc.sql("""
                SELECT a.indicator_id, a.org_unit_id, a.period, a.value::text AS value, a.sum_value::text AS sum_value,
                       a.value_count, a.met_count, a.reported_count, a.child_count, a.min_value::text AS mn,
                       a.max_value::text AS mx, a.demo
                  FROM aggregate_value a JOIN indicator i ON i.id = a.indicator_id
                 WHERE i.programme_id = ? ORDER BY 1, 2, 3""").param(programmeId).query().listOfRows();
    }
}
