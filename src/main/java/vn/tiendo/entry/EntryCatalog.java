package vn.tiendo.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ValueType;

/** Reads the indicators (chỉ tiêu) and targets (mục tiêu) that data entry shows and checks against. */
@Repository
public class EntryCatalog {

    private static final String TREE = """
            WITH RECURSIVE t AS (
                SELECT i.id, i.parent_id, i.code, i.name, i.unit, i.value_type, i.reported_at, i.programme_id,
                       ARRAY[i.ordinal] AS sort, 0 AS depth
                  FROM indicator i WHERE i.programme_id = ? AND i.parent_id IS NULL
                UNION ALL
                SELECT c.id, c.parent_id, c.code, c.name, c.unit, c.value_type, c.reported_at, c.programme_id,
                       t.sort || c.ordinal, t.depth + 1
                  FROM indicator c JOIN t ON c.parent_id = t.id)
            SELECT t.*, p.number, p.org_unit_id AS owner, o.code AS owner_code,
                   f.kind IN ('CHILD_SHARE', 'CHILD_COUNT') AS counts_units
              FROM t JOIN programme p ON p.id = t.programme_id
              JOIN org_unit o ON o.id = p.org_unit_id JOIN effective_formula f ON f.indicator_id = t.id""";

    private final JdbcClient jdbc;

    public EntryCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's indicators with their sub-indicators, in document order. */
    public List<EntryIndicator> indicators(long programmeId) {
        return jdbc.sql(TREE + " ORDER BY t.sort").param(programmeId).query(EntryCatalog::map).list();
    }

    public Optional<EntryIndicator> indicator(long id) {
        Long programme = jdbc.sql("SELECT programme_id FROM indicator WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
        return programme == null ? Optional.empty() : indicators(programme).stream().filter(i -> i.id() == id).findFirst();
    }

    /**
     * Target text for each indicator of the programme for a year, as written ("72,6", "21 (8/38)"):
     * the unit's own target where one exists, else the target of the programme's owning unit.
     */
    public Map<Long, String> targetTexts(long programmeId, long unitId, int year) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("""
                SELECT t.indicator_id, t.text FROM target t JOIN indicator i ON i.id = t.indicator_id
                  JOIN programme p ON p.id = i.programme_id
                 WHERE i.programme_id = ? AND t.period = ? AND t.org_unit_id IN (?, p.org_unit_id)
                 ORDER BY (t.org_unit_id = ?)""")
                .param(programmeId).param(Integer.toString(year)).param(unitId).param(unitId)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    private static EntryIndicator map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String reportedAt = rs.getString("reported_at");
        return new EntryIndicator(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("number"), rs.getLong("owner"), rs.getString("owner_code"),
                parentId, rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                ValueType.valueOf(rs.getString("value_type")), reportedAt == null ? null : OrgUnit.Level.valueOf(reportedAt),
                rs.getInt("depth"), rs.getBoolean("counts_units"));
    }
}
