package vn.tiendo.link;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.VietnameseNumber;

/**
 * SQL of the values a link joins or separates (docs/cascade.md "Entered once"): data_value rows are stored under
 * an indicator's measure (the root of its indicator_link chain, function {@code indicator_measure_of}, V115).
 */
@Repository
class LinkValueStore {

    private static final String ROW = "d.id, d.org_unit_id, u.full_name AS unit_name, d.period, d.value, d.text_value, d.comment, d.version";

    private final JdbcClient jdbc;

    LinkValueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored value, with the unit's name for messages. */
    record Value(long id, long unitId, String unitName, String period, BigDecimal value, String text, String comment, int version) {

        String display() {
            return text != null ? text : value == null ? "(trống)" : VietnameseNumber.formatTrimmed(value);
        }
    }

    /** A unit × period held both under the child indicator and under the parent's measure. */
    record Clash(Value child, Value parent) {

        boolean equal() {
            return java.util.Objects.equals(child.text(), parent.text()) && (child.value() == null ? parent.value() == null
                    : parent.value() != null && child.value().compareTo(parent.value()) == 0);
        }
    }

    /** The measure of an indicator: the root of its link chain, itself when unlinked. */
    long measureOf(long indicatorId) {
        return jdbc.sql("SELECT measure_id FROM indicator_measure_of(ARRAY[?]::bigint[])").param(indicatorId)
                .query(Long.class).single();
    }

    /** Every unit × period stored both under {@code childId} and under {@code measureId}, locked. */
    List<Clash> clashes(long childId, long measureId) {
        return jdbc.sql("SELECT c.id, c.org_unit_id, u.full_name AS unit_name, c.period, c.value, c.text_value, c.comment, c.version,"
                        + " p.id AS p_id, p.value AS p_value, p.text_value AS p_text, p.comment AS p_comment, p.version AS p_version"
                        + " FROM data_value c JOIN data_value p ON p.indicator_id = ? AND p.org_unit_id = c.org_unit_id"
                        + " AND p.period = c.period JOIN org_unit u ON u.id = c.org_unit_id WHERE c.indicator_id = ?"
                        + " ORDER BY u.code, c.period FOR UPDATE OF c, p")
                .param(measureId).param(childId).query((rs, n) -> {
                    Value child = value(rs, "");
                    Value parent = new Value(rs.getLong("p_id"), child.unitId(), child.unitName(), child.period(),
                            rs.getBigDecimal("p_value"), rs.getString("p_text"), rs.getString("p_comment"), rs.getInt("p_version"));
                    return new Clash(child, parent);
                }).list();
    }

    /** Deletes one value row (its twin under the measure holds the same value). */
    void delete(long valueId) {
        jdbc.sql("DELETE FROM data_value WHERE id = ?").param(valueId).update();
    }

    /** Moves every row stored under {@code childId} to {@code measureId}; returns the moved rows. */
    List<Value> move(long childId, long measureId) {
        return jdbc.sql("UPDATE data_value d SET indicator_id = ? FROM org_unit u WHERE u.id = d.org_unit_id AND d.indicator_id = ?"
                        + " RETURNING " + ROW)
                .param(measureId).param(childId).query((rs, n) -> value(rs, "")).list();
    }

    /**
     * Copies the values of {@code childId}'s measure for the units within its programme's unit (that unit and below)
     * to rows of its own, at version 1; returns the copies.
     */
    List<Value> copyBack(long childId, String actor) {
        return jdbc.sql("""
                WITH src AS (
                    SELECT d.org_unit_id, d.period, d.value, d.text_value, d.comment, d.demo
                      FROM indicator_measure_of(ARRAY[CAST(:child AS BIGINT)]) m
                      JOIN data_value d ON d.indicator_id = m.measure_id AND m.measure_id <> m.indicator_id
                      JOIN org_unit u ON u.id = d.org_unit_id
                      JOIN indicator i ON i.id = m.indicator_id JOIN programme p ON p.id = i.programme_id
                      JOIN org_unit r ON r.id = p.org_unit_id
                     WHERE u.path LIKE r.path || '%'),
                ins AS (
                    INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, comment, demo, version,
                                            created_by, updated_by)
                    SELECT :child, org_unit_id, period, value, text_value, comment, demo, 1, :actor, :actor FROM src
                    ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING
                    RETURNING id, org_unit_id, period, value, text_value, comment, version)
                SELECT d.id, d.org_unit_id, u.full_name AS unit_name, d.period, d.value, d.text_value, d.comment, d.version
                  FROM ins d JOIN org_unit u ON u.id = d.org_unit_id ORDER BY u.code, d.period""")
                .param("child", childId).param("actor", actor).query((rs, n) -> value(rs, "")).list();
    }

    private static Value value(ResultSet rs, String prefix) throws SQLException {
        return new Value(rs.getLong(prefix + "id"), rs.getLong(prefix + "org_unit_id"), rs.getString("unit_name"),
                rs.getString("period"), rs.getBigDecimal(prefix + "value"), rs.getString(prefix + "text_value"),
                rs.getString(prefix + "comment"), rs.getInt(prefix + "version"));
    }
}
