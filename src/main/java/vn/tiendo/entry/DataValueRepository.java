package vn.tiendo.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to actual values (bảng data_value). */
@Repository
public class DataValueRepository {

    private static final String COLUMNS =
            "id, indicator_id, org_unit_id, period, value, text_value, comment, version, updated_by, updated_at";

    private final JdbcClient jdbc;

    public DataValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The value of an indicator, unit and period: the row of the indicator's measure (docs/cascade.md "Entered once"),
     * returned under {@code indicatorId}.
     */
    public Optional<StoredValue> find(long indicatorId, long unitId, String period) {
        return jdbc.sql("SELECT d.id, m.indicator_id, d.org_unit_id, d.period, d.value, d.text_value, d.comment, d.version,"
                        + " d.updated_by, d.updated_at FROM indicator_measure_of(ARRAY[?]::bigint[]) m"
                        + " JOIN data_value d ON d.indicator_id = m.measure_id WHERE d.org_unit_id = ? AND d.period = ?")
                .param(indicatorId).param(unitId).param(period).query(DataValueRepository::map).optional();
    }

    /** The row stored under exactly this (measure) indicator id. */
    Optional<StoredValue> findStored(long measureId, long unitId, String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_value WHERE indicator_id = ? AND org_unit_id = ? AND period = ?")
                .param(measureId).param(unitId).param(period).query(DataValueRepository::map).optional();
    }

    /**
     * Indicator id → the id of its measure, the root of its indicator_link chain (itself when unlinked): values are
     * stored under the measure. One statement, an index probe per id when nothing is linked.
     */
    Map<Long, Long> measures(Collection<Long> indicatorIds) {
        Map<Long, Long> out = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT indicator_id, measure_id FROM indicator_measure_of(?::bigint[])")
                .param(indicatorIds.toArray(Long[]::new)).query((ResultSet rs) -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /**
     * The measure of each indicator and every programme whose indicators share it (the measure's and those of all
     * indicators linked into it, docs/cascade.md "Entered once"): an approved report of any of them locks the value.
     */
    record Measure(long measureId, List<Long> programmeIds) {
    }

    /** Indicator id → its {@link Measure}; one statement, index probes on indicator_link only. */
    Map<Long, Measure> measuresWithSharers(Collection<Long> indicatorIds) {
        Map<Long, Measure> out = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                WITH RECURSIVE m AS (SELECT indicator_id, measure_id FROM indicator_measure_of(CAST(? AS BIGINT[]))),
                down (measure_id, indicator_id, depth) AS (
                    SELECT DISTINCT measure_id, measure_id, 0 FROM m
                    UNION ALL
                    SELECT d.measure_id, l.child_indicator_id, d.depth + 1
                      FROM down d JOIN indicator_link l ON l.parent_indicator_id = d.indicator_id WHERE d.depth < 16)
                SELECT m.indicator_id, m.measure_id, array_agg(DISTINCT i.programme_id) AS programmes
                  FROM m JOIN down d ON d.measure_id = m.measure_id JOIN indicator i ON i.id = d.indicator_id
                 GROUP BY 1, 2""").param(indicatorIds.toArray(Long[]::new)).query((ResultSet rs) -> {
                    Long[] programmes = (Long[]) rs.getArray("programmes").getArray();
                    out.put(rs.getLong(1), new Measure(rs.getLong(2), List.of(programmes)));
                });
        return out;
    }

    /** Inserts a new value at version 1; empty when another transaction inserted the same key first. */
    Optional<StoredValue> insert(long indicatorId, long unitId, String period, CleanValue v, String actor) {
        return jdbc.sql("INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, comment, version,"
                        + " created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
                        + " ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING RETURNING " + COLUMNS)
                .param(indicatorId).param(unitId).param(period).param(v.value()).param(v.text()).param(v.comment())
                .param(actor).param(actor).query(DataValueRepository::map).optional();
    }

    /**
     * Inserts demo values (dữ liệu minh họa) in one statement, leaving any value already stored for the same
     * indicator, unit and period as it is; returns how many were inserted.
     */
    int insertDemo(List<DemoRow> rows, String actor) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, comment, demo, created_by, updated_by)
                SELECT i, u, p, CAST(v AS NUMERIC), t, c, TRUE, :actor, :actor
                  FROM unnest(CAST(:indicators AS BIGINT[]), CAST(:units AS BIGINT[]), CAST(:periods AS TEXT[]),
                              CAST(:values AS TEXT[]), CAST(:texts AS TEXT[]), CAST(:comments AS TEXT[])) AS r (i, u, p, v, t, c)
                ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING""")
                .param("actor", actor)
                .param("indicators", rows.stream().map(DemoRow::indicatorId).toArray(Long[]::new))
                .param("units", rows.stream().map(DemoRow::orgUnitId).toArray(Long[]::new))
                .param("periods", rows.stream().map(DemoRow::period).toArray(String[]::new))
                .param("values", rows.stream().map(r -> r.value().value() == null ? null : r.value().value().toPlainString())
                        .toArray(String[]::new))
                .param("texts", rows.stream().map(r -> r.value().text()).toArray(String[]::new))
                .param("comments", rows.stream().map(r -> r.value().comment()).toArray(String[]::new))
                .update();
    }

    /** A validated demo value and where it goes. */
    record DemoRow(long indicatorId, long orgUnitId, String period, CleanValue value) {
    }

    /** Number of demo values (dữ liệu minh họa), or of real ones. */
    int count(boolean demo) {
        return jdbc.sql("SELECT count(*) FROM data_value WHERE demo = ?").param(demo).query(Integer.class).single();
    }

    /** Deletes every demo value; returns how many. */
    int deleteDemo() {
        return jdbc.sql("DELETE FROM data_value WHERE demo").update();
    }

    /**
     * Updates the row still at {@code old}'s version, keeping the previous value, and increments its version;
     * empty when the version moved on meanwhile (optimistic locking, see {@link OptimisticSave}).
     */
    Optional<StoredValue> update(StoredValue old, CleanValue v, String actor) {
        return jdbc.sql("UPDATE data_value SET value = ?, text_value = ?, comment = ?, previous_value = value,"
                        + " previous_text = text_value, version = version + 1, updated_by = ?, updated_at = now()"
                        + " WHERE id = ? AND version = ? RETURNING " + COLUMNS)
                .param(v.value()).param(v.text()).param(v.comment()).param(actor).param(old.id()).param(old.version())
                .query(DataValueRepository::map).optional();
    }

    /**
     * The programme's indicators (m.indicator_id) with their values (d), read under the measure (m.measure_id) when the
     * programme has linked indicators; otherwise the plain join (no link lookup on the usual path). One parameter: the
     * programme id.
     */
    private String valuesOf(long programmeId) {
        boolean linked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator i JOIN indicator_link l ON l.child_indicator_id = i.id"
                + " WHERE i.programme_id = ?)").param(programmeId).query(Boolean.class).single();
        return linked ? "indicator_measure_of(ARRAY(SELECT id FROM indicator WHERE programme_id = ?)) m"
                + " JOIN data_value d ON d.indicator_id = m.measure_id"
                : "(SELECT id AS indicator_id, id AS measure_id FROM indicator WHERE programme_id = ?) m"
                + " JOIN data_value d ON d.indicator_id = m.measure_id";
    }

    /** Values of one unit and period for the programme's indicators (stored under their measures), by indicator id. */
    public Map<Long, StoredValue> forUnit(long programmeId, long unitId, String period) {
        Map<Long, StoredValue> out = new HashMap<>();
        jdbc.sql("SELECT d.id, m.indicator_id, d.org_unit_id, d.period, d.value, d.text_value, d.comment, d.version,"
                        + " d.updated_by, d.updated_at FROM " + valuesOf(programmeId) + " WHERE d.org_unit_id = ? AND d.period = ?")
                .param(programmeId).param(unitId).param(period)
                .query(DataValueRepository::map).list().forEach(v -> out.put(v.indicatorId(), v));
        return out;
    }

    /** Values of the programme's indicators for units within {@code rootUnitId}'s subtree and the given periods (all when empty). */
    public List<StoredValue> within(long programmeId, long rootUnitId, Collection<String> periods) {
        return jdbc.sql("SELECT d.id, m.indicator_id, d.org_unit_id, d.period, d.value, d.text_value, d.comment, d.version,"
                        + " d.updated_by, d.updated_at FROM " + valuesOf(programmeId) + " JOIN org_unit u ON u.id = d.org_unit_id, org_unit r"
                        + " WHERE r.id = ? AND u.path LIKE r.path || '%'"
                        + " AND (cardinality(?::text[]) = 0 OR d.period = ANY (?::text[]))"
                        + " ORDER BY u.code, d.period, m.indicator_id")
                .param(programmeId).param(rootUnitId).param(periods.toArray(String[]::new)).param(periods.toArray(String[]::new))
                .query(DataValueRepository::map).list();
    }

    private static StoredValue map(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        return new StoredValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getLong("org_unit_id"), rs.getString("period"),
                rs.getBigDecimal("value"), rs.getString("text_value"), rs.getString("comment"), rs.getInt("version"),
                rs.getString("updated_by"), at.toInstant());
    }
}
