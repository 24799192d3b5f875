package vn.tiendo.monitoring;

/**
 * The pieces of the roll-up's statements ({@link RollUp}): the children's inputs, their grouping into a
 * parent's parts, and the final row with the shown value. {@link RollUp#COMBINE} puts them in one statement;
 * the full recompute groups a whole level in a {@code CREATE TEMP TABLE … AS} (which PostgreSQL may run with
 * parallel workers, unlike an {@code INSERT … SELECT}) and then finishes it from that table.
 */
final class RollUpSql {

    /** One reported value's parts as an input of the indicator {@code fi} computes from it ({@code dv} the value). */
    private static final String VALUE_PARTS = """
                       CASE WHEN fi.role = 'VALUE' THEN dv.value END,
                       CASE WHEN fi.role = 'VALUE' AND dv.value IS NOT NULL THEN 1 ELSE 0 END,
                       CASE WHEN fi.role = 'NUMERATOR' THEN dv.value END,
                       CASE WHEN fi.role = 'DENOMINATOR' THEN dv.value END,
                       CASE WHEN fi.role = 'VALUE' AND (lower(trim(dv.text_value)) = lower(fi.condition_text)
                                 OR dv.value >= fi.condition_min) THEN 1 ELSE 0 END,
                       CASE WHEN fi.role <> 'DENOMINATOR' AND (dv.value IS NOT NULL OR dv.text_value IS NOT NULL)
                            THEN 1 ELSE 0 END,
                       CASE WHEN fi.kind IN ('MIN', 'MAX') THEN dv.value END,
                       CASE WHEN fi.kind IN ('MIN', 'MAX') THEN dv.value END,
                       dv.demo
            """;

    /**
     * Each child's aggregates (filtered by the second argument, on {@code a}) and each child's own values (the first
     * filters {@code fi}/{@code dv}), as parts of the child's parent; needs a relation {@code kids (id, parent_id)}.
     * The aggregates come first so that the statements name {@code aggregate_value} within the first kilobyte that
     * {@code pg_stat_activity} keeps of them.
     */
    static final String INPUTS = """
                SELECT a.indicator_id, k.parent_id AS unit_id, a.period, a.sum_value, a.value_count, a.numerator,
                       a.denominator, a.met_count, a.reported_count, a.min_value, a.max_value, a.demo
                  FROM kids k JOIN aggregate_value a ON a.org_unit_id = k.id
                 WHERE %2$s
                UNION ALL
                SELECT fi.indicator_id, k.parent_id, dv.period,
                """ + VALUE_PARTS + """
                  FROM kids k JOIN data_value dv ON dv.org_unit_id = k.id
                  JOIN formula_input fi ON fi.source_id = dv.indicator_id
                 WHERE %1$s""";

    /** The parts of each parent × indicator × period, grouped from {@code inputs}. */
    static final String GROUPED = """
                SELECT indicator_id, unit_id, period, sum(sum_value) AS sum_value, sum(value_count) AS value_count,
                       sum(numerator) AS numerator, sum(denominator) AS denominator, sum(met_count) AS met_count,
                       sum(reported_count) AS reported_count, min(min_value) AS min_value, max(max_value) AS max_value,
                       bool_or(demo) AS demo
                  FROM inputs GROUP BY 1, 2, 3""";

    /** The columns of {@code aggregate_value} that the roll-up writes, in the order of {@link #FINAL_ROWS}. */
    static final String COLUMNS = """
            indicator_id, org_unit_id, period, kind, value, sum_value, value_count, numerator,
                                         denominator, met_count, reported_count, child_count, min_value, max_value, demo""";

    /** The aggregate rows from the grouped parts in the relation named by %s (the shown value computed last). */
    static final String FINAL_ROWS = """
            SELECT c.indicator_id, c.unit_id AS org_unit_id, c.period, f.kind,
                   CASE f.kind
                       WHEN 'SUM' THEN c.sum_value
                       WHEN 'AVERAGE' THEN CASE WHEN c.value_count > 0 THEN round(c.sum_value / c.value_count, 4) END
                       WHEN 'MIN' THEN c.min_value
                       WHEN 'MAX' THEN c.max_value
                       WHEN 'RATIO' THEN CASE WHEN c.denominator <> 0 THEN round(100 * c.numerator / c.denominator, 4) END
                       WHEN 'CHILD_SHARE' THEN CASE WHEN s.n > 0 THEN round(100.0 * c.met_count / s.n, 4) END
                       WHEN 'CHILD_COUNT' THEN c.met_count
                   END AS value,
                   c.sum_value, c.value_count, c.numerator, c.denominator, c.met_count, c.reported_count, s.n AS child_count,
                   c.min_value, c.max_value, c.demo
              FROM %s c JOIN effective_formula f ON f.indicator_id = c.indicator_id
              LEFT JOIN unit_level_count s ON s.org_unit_id = c.unit_id AND s.level = f.reporting_level""";

    /** Writes the aggregates from the grouped parts in the relation named by %s. */
    static final String FINISH = "INSERT INTO aggregate_value (" + COLUMNS + ")\n" + FINAL_ROWS;

    /**
     * Recombines the parents {@code :parents} for the indicators {@code :ids} and the period {@code :period} in one
     * statement: each aggregate upserted in place, and the ones left without any value below deleted. Starts with
     * {@code WITH kids AS}, like {@link RollUp#COMBINE}.
     */
    static final String RECOMBINE = """
            WITH kids AS (SELECT c.id, c.parent_id FROM org_unit c WHERE c.parent_id = ANY (CAST(:parents AS BIGINT[]))
                                 AND c.level <> 'BODY'),
            inputs AS (%1$s),
            combined AS (%2$s),
            fresh AS (%3$s),
            %4$s""".formatted(
            INPUTS.formatted("fi.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND dv.period = :period",
                    "a.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND a.period = :period"),
            GROUPED, FINAL_ROWS.formatted("combined"), write(":parents"));

    /**
     * Writes the rows of {@code fresh} for the units of the array parameter named by {@code units}: upserted in
     * place, and the units' aggregates of {@code :ids} × {@code :period} left without any value below deleted.
     */
    static String write(String units) {
        return """
                gone AS (DELETE FROM aggregate_value a
                          WHERE a.org_unit_id = ANY (CAST(%1$s AS BIGINT[])) AND a.period = :period
                            AND a.indicator_id = ANY (CAST(:ids AS BIGINT[]))
                            AND NOT EXISTS (SELECT 1 FROM fresh n WHERE n.indicator_id = a.indicator_id
                                               AND n.org_unit_id = a.org_unit_id AND n.period = a.period))
                INSERT INTO aggregate_value (%2$s)
                SELECT * FROM fresh
                ON CONFLICT (indicator_id, org_unit_id, period) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value,
                    sum_value = EXCLUDED.sum_value, value_count = EXCLUDED.value_count, numerator = EXCLUDED.numerator,
                    denominator = EXCLUDED.denominator, met_count = EXCLUDED.met_count, reported_count = EXCLUDED.reported_count,
                    child_count = EXCLUDED.child_count, min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value,
                    demo = EXCLUDED.demo""".formatted(units, COLUMNS);
    }

    /**
     * One unit's whole path in one statement: its ancestors {@code :a1} (the parent) … {@code :aN} (the nation), each
     * combined from its children, the child on the path taken from the level just computed instead of the table;
     * then all of them written as by {@link #RECOMBINE} ({@code :ancestors} the same ids as an array). The same inputs,
     * grouping and final row as {@link RollUp#COMBINE}, read more narrowly (issue 16, BENCHMARKS.md "change path
     * p95"): the formulas of {@code :ids} once ({@code f}, {@code e}) instead of the views planned and joined again
     * per level, and each level's children's aggregates and values in one index scan each, by the table's key with
     * the children as an id array ({@code data_value} in a lateral subquery, so the generic plan cannot read every
     * value of every child through the unit index instead: 400 rows per school at 18 M values).
     */
    static String path(int levels) {
        StringBuilder sql = new StringBuilder(PATH_FORMULAS);
        for (int j = 1; j <= levels; j++) {
            sql.append("k").append(j).append(" AS (SELECT c.id FROM org_unit c WHERE c.parent_id = :a").append(j)
                    .append(" AND c.level <> 'BODY'),\n");
            sql.append("i").append(j).append(" AS (").append(pathInputs(j)).append("),\n");
            sql.append("g").append(j).append(" AS (").append(GROUPED.replace("FROM inputs", "FROM i" + j)).append("),\n");
            sql.append("l").append(j).append(" AS (").append(FINAL_ROWS.formatted("g" + j)
                    .replace("JOIN effective_formula f", "JOIN e f")).append("),\n");
        }
        sql.append("fresh AS (");
        for (int j = 1; j <= levels; j++) {
            sql.append(j > 1 ? " UNION ALL " : "").append("SELECT * FROM l").append(j);
        }
        return sql.append("),\n").append(write(":ancestors")).toString();
    }

    /** The formula inputs ({@code f}, as {@code formula_input}) and formulas ({@code e}) of {@code :ids}, read once. */
    private static final String PATH_FORMULAS = """
            WITH f AS MATERIALIZED (SELECT indicator_id, source_id, role, kind, condition_text, condition_min
                                      FROM formula_input WHERE indicator_id = ANY (CAST(:ids AS BIGINT[]))),
            e AS MATERIALIZED (SELECT indicator_id, kind, reporting_level FROM effective_formula
                                WHERE indicator_id = ANY (CAST(:ids AS BIGINT[]))),
            """;

    /** The inputs of level {@code j} of {@link #path}: the children of {@code :aj}, the one on the path from {@code l(j-1)}. */
    private static String pathInputs(int j) {
        String inputs = """
                SELECT a.indicator_id, CAST(:a%1$d AS BIGINT) AS unit_id, a.period, a.sum_value, a.value_count, a.numerator,
                       a.denominator, a.met_count, a.reported_count, a.min_value, a.max_value, a.demo
                  FROM aggregate_value a
                 WHERE a.indicator_id = ANY (CAST(:ids AS BIGINT[])) AND a.period = :period
                   AND a.org_unit_id = ANY (ARRAY(SELECT k.id FROM k%1$d k%2$s))
                UNION ALL
                SELECT fi.indicator_id, CAST(:a%1$d AS BIGINT), dv.period,
                """.formatted(j, j > 1 ? " WHERE k.id <> :a" + (j - 1) : "") + VALUE_PARTS + """
                  FROM f fi
                 CROSS JOIN LATERAL (SELECT d.period, d.value, d.text_value, d.demo FROM data_value d
                                      WHERE d.indicator_id = fi.source_id AND d.period = :period
                                        AND d.org_unit_id = ANY (ARRAY(SELECT k.id FROM k%d k)) OFFSET 0) dv""".formatted(j);
        if (j > 1) {
            inputs += "\nUNION ALL\nSELECT p.indicator_id, CAST(:a" + j + " AS BIGINT), p.period, p.sum_value,"
                    + " p.value_count, p.numerator, p.denominator, p.met_count, p.reported_count, p.min_value, p.max_value, p.demo"
                    + " FROM l" + (j - 1) + " p";
        }
        return inputs;
    }

    /** The temporary table holding one level's grouped parts during a full recompute. */
    static final String LEVEL_TABLE = "rollup_level_parts";

    /**
     * Groups the parts of every parent of one level (the literal id array %s) into {@link #LEVEL_TABLE}: a
     * {@code CREATE TABLE AS}, so the scan, join and partial aggregation may run on parallel workers, which see
     * this transaction's snapshot (its own uncommitted values included). The children are not materialised (a
     * CTE scan would keep the plan in one process).
     */
    static final String LEVEL_PARTS = """
            CREATE TEMP TABLE %1$s ON COMMIT DROP AS
            WITH kids AS NOT MATERIALIZED (SELECT c.id, c.parent_id FROM org_unit c
                                            WHERE c.parent_id = ANY ('%2$s'::BIGINT[]) AND c.level <> 'BODY'),
            inputs AS (%3$s)
            %4$s""";

    private RollUpSql() {
    }

    /** The statement grouping the level whose parents are {@code parentArray} (a literal such as {1,2}). */
    static String levelParts(String parentArray) {
        if (!parentArray.matches("\\{[0-9,]*}")) {
            throw new IllegalArgumentException("not an id array: " + parentArray);
        }
        return LEVEL_PARTS.formatted(LEVEL_TABLE, parentArray, INPUTS.formatted("TRUE", "TRUE"), GROUPED);
    }
}
