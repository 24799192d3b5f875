package vn.tiendo.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baseline of the roll-up benchmark: one plain PostgreSQL {@code GROUP BY ROLLUP (province, commune)}
 * over the schools' raw values, computing the same parts as {@code aggregate_value} (sum, count,
 * numerator, denominator, units meeting the condition, units reporting, min, max) per indicator × period
 * for every commune, province and the nation.
 */
final class PlainRollUp {

    /** Parameter: the programme id. Columns: indicator_id, period, province, commune and the parts. */
    static final String QUERY = """
            SELECT fi.indicator_id, dv.period, c.parent_id AS province, s.parent_id AS commune,
                   sum(CASE WHEN fi.role = 'VALUE' THEN dv.value END) AS sum_value,
                   count(CASE WHEN fi.role = 'VALUE' THEN dv.value END) AS value_count,
                   sum(CASE WHEN fi.role = 'NUMERATOR' THEN dv.value END) AS numerator,
                   sum(CASE WHEN fi.role = 'DENOMINATOR' THEN dv.value END) AS denominator,
                   count(*) FILTER (WHERE fi.role = 'VALUE' AND (lower(trim(dv.text_value)) = lower(fi.condition_text)
                                    OR dv.value >= fi.condition_min)) AS met_count,
                   count(*) FILTER (WHERE fi.role <> 'DENOMINATOR' AND (dv.value IS NOT NULL OR dv.text_value IS NOT NULL))
                       AS reported_count,
                   min(dv.value) FILTER (WHERE fi.kind IN ('MIN', 'MAX')) AS min_value,
                   max(dv.value) FILTER (WHERE fi.kind IN ('MIN', 'MAX')) AS max_value
              FROM data_value dv JOIN formula_input fi ON fi.source_id = dv.indicator_id
              JOIN org_unit s ON s.id = dv.org_unit_id JOIN org_unit c ON c.id = s.parent_id
             WHERE fi.indicator_id IN (SELECT id FROM indicator WHERE programme_id = ?)
             GROUP BY fi.indicator_id, dv.period, ROLLUP (c.parent_id, s.parent_id)""";

    private PlainRollUp() {
    }

    /** Groups where the plain query and {@code aggregate_value} disagree (or one of them is missing); 0 = same numbers. */
    static long differences(JdbcClient jdbc, long programmeId) {
        return jdbc.sql("""
                WITH b AS (%s),
                a AS (SELECT * FROM aggregate_value WHERE indicator_id IN (SELECT id FROM indicator WHERE programme_id = ?))
                SELECT count(*) FROM b FULL JOIN a ON a.indicator_id = b.indicator_id AND a.period = b.period
                       AND a.org_unit_id = coalesce(b.commune, b.province, (SELECT id FROM org_unit WHERE level = 'NATION'))
                 WHERE a.indicator_id IS NULL OR b.indicator_id IS NULL
                    OR a.sum_value IS DISTINCT FROM b.sum_value OR a.value_count <> b.value_count
                    OR a.numerator IS DISTINCT FROM b.numerator OR a.denominator IS DISTINCT FROM b.denominator
                    OR a.met_count <> b.met_count OR a.reported_count <> b.reported_count
                    OR a.min_value IS DISTINCT FROM b.min_value OR a.max_value IS DISTINCT FROM b.max_value""".formatted(QUERY))
                .param(programmeId).param(programmeId).query(Long.class).single();
    }
}
