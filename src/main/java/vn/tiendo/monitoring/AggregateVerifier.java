package vn.tiendo.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Kiểm tra số liệu tổng hợp ({@code tiendo verify}): recomputes every aggregate from the reported values with
 * the roll-up's own statement, into temporary tables that shadow {@code aggregate_value} and
 * {@code unit_level_count}, in one {@code REPEATABLE READ, READ ONLY} transaction, and lists every stored
 * aggregate that differs from its recomputation (or is missing, or should not exist). Application tables are
 * never written, so it may run against the database of a running server.
 */
public final class AggregateVerifier {

    /** A stored aggregate that differs from its recomputation; a null value means "no row". */
    public record Difference(String programme, String indicator, String unitCode, String unitName, String period,
                             BigDecimal stored, BigDecimal recomputed, boolean storedRow, boolean recomputedRow) {
    }

    /** The outcome: how many aggregates were compared, and the differences. */
    public record Report(long compared, List<Difference> differences) {
        public boolean allEqual() {
            return differences.isEmpty();
        }
    }

    private static final String COLUMNS = "kind, value, sum_value, value_count, numerator, denominator, met_count,"
            + " reported_count, child_count, min_value, max_value, demo";

    private AggregateVerifier() {
    }

    /** Verifies the database behind {@code c}; leaves the connection in auto-commit mode. */
    public static Report verify(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS aggregate_value (LIKE public.aggregate_value INCLUDING ALL)");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS unit_level_count (LIKE public.unit_level_count INCLUDING ALL)");
        }
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                st.execute("SET LOCAL search_path = pg_temp, public");
                st.execute("SET LOCAL work_mem = '" + RollUp.RECOMPUTE_WORK_MEM + "'");
                st.execute("DELETE FROM pg_temp.aggregate_value");
                st.execute("DELETE FROM pg_temp.unit_level_count");
            }
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
            recompute(jdbc);
            return new Report(jdbc.sql("SELECT count(*) FROM public.aggregate_value").query(Long.class).single(), differences(jdbc));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS pg_temp.aggregate_value, pg_temp.unit_level_count");
            }
        }
    }

    /** The statements of {@link RollUp#recomputeAll()}, here writing the temporary tables. */
    private static void recompute(JdbcClient jdbc) {
        jdbc.sql(RollUp.UNIT_SIZES).update();
        Map<Integer, List<Long>> parentsByDepth = new TreeMap<>(Collections.reverseOrder());
        jdbc.sql("SELECT id, " + RollUp.DEPTH + " AS depth FROM org_unit WHERE level <> 'BODY'")
                .query((java.sql.ResultSet rs) -> {
                    parentsByDepth.computeIfAbsent(rs.getInt("depth"), d -> new ArrayList<>()).add(rs.getLong("id"));
                });
        parentsByDepth.remove(parentsByDepth.keySet().stream().findFirst().orElse(0));
        for (List<Long> parents : parentsByDepth.values()) {
            jdbc.sql(RollUp.COMBINE.formatted("TRUE", "TRUE")).param("parents", ActualValues.array(parents)).update();
        }
    }

    private static List<Difference> differences(JdbcClient jdbc) {
        return jdbc.sql("""
                WITH d AS (
                    SELECT coalesce(s.indicator_id, r.indicator_id) AS indicator_id, coalesce(s.org_unit_id, r.org_unit_id) AS unit_id,
                           coalesce(s.period, r.period) AS period, s.value AS stored, r.value AS recomputed,
                           s.indicator_id IS NOT NULL AS stored_row, r.indicator_id IS NOT NULL AS recomputed_row
                      FROM public.aggregate_value s
                      FULL JOIN pg_temp.aggregate_value r
                        ON r.indicator_id = s.indicator_id AND r.org_unit_id = s.org_unit_id AND r.period = s.period
                     WHERE ROW(%1$s) IS DISTINCT FROM ROW(%2$s))
                SELECT p.number, i.code, u.code AS unit_code, u.name AS unit_name, d.*
                  FROM d JOIN indicator i ON i.id = d.indicator_id JOIN programme p ON p.id = i.programme_id
                  JOIN org_unit u ON u.id = d.unit_id
                 ORDER BY p.number, i.ordinal, u.path, d.period"""
                .formatted(prefixed("s"), prefixed("r")))
                .query((rs, n) -> new Difference(rs.getString("number"), rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getString("period"), rs.getBigDecimal("stored"),
                        rs.getBigDecimal("recomputed"), rs.getBoolean("stored_row"), rs.getBoolean("recomputed_row")))
                .list();
    }

    private static String prefixed(String alias) {
        return String.join(", ", java.util.Arrays.stream(COLUMNS.split(",")).map(c -> alias + "." + c.strip()).toList());
    }
}
