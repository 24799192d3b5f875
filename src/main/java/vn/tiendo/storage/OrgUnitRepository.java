package vn.tiendo.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.OrgUnit;

/** SQL access to org units (đơn vị). */
@Repository
public class OrgUnitRepository {

    private static final String COLUMNS = "id, code, name, full_name, level, unit_type, parent_id";

    private final JdbcClient jdbc;

    public OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgUnit> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE id = ?").param(id).query(OrgUnitRepository::map).optional();
    }

    public Optional<OrgUnit> findByCode(String code) {
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty();  // PostgreSQL text cannot hold NUL: no unit has such a code (found by OpenApiFuzzTest)
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE code = ?").param(code).query(OrgUnitRepository::map).optional();
    }

    public OrgUnit nation() {
        return findByCode(AdminUnitLoader.NATION_CODE).orElseThrow();
    }

    public List<OrgUnit> provinces() {
        return byLevel(OrgUnit.Level.PROVINCE);
    }

    public List<OrgUnit> byLevel(OrgUnit.Level level) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE level = ? ORDER BY code")
                .param(level.name()).query(OrgUnitRepository::map).list();
    }

    /** Units directly below {@code parentId}, administrative units first (by code), then bodies by name. */
    public List<OrgUnit> children(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id = ? ORDER BY code NULLS LAST, full_name")
                .param(parentId).query(OrgUnitRepository::map).list();
    }

    /** Administrative units directly below {@code parentId} (no bodies). */
    public List<OrgUnit> childUnits(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id = ? AND level <> 'BODY' ORDER BY code")
                .param(parentId).query(OrgUnitRepository::map).list();
    }

    /** Number of administrative units directly below each province, keyed by province id. */
    public java.util.Map<Long, Integer> childCounts(OrgUnit.Level level) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT p.id, count(c.id) FROM org_unit p JOIN org_unit c ON c.parent_id = p.id AND c.level <> 'BODY'"
                        + " WHERE p.level = ? GROUP BY p.id")
                .param(level.name())
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Ancestors of a unit from the nation down to its parent. */
    public List<OrgUnit> ancestors(long id) {
        return jdbc.sql("""
                SELECT a.id, a.code, a.name, a.full_name, a.level, a.unit_type, a.parent_id
                  FROM org_unit u JOIN org_unit a ON u.path LIKE a.path || '%' AND a.id <> u.id
                 WHERE u.id = ? ORDER BY length(a.path)""").param(id).query(OrgUnitRepository::map).list();
    }

    /** True when {@code unitId} is {@code ancestorId} or lies below it. */
    /** Units of {@code level} within {@code ancestorId}'s subtree (the unit itself included), by code. */
    public List<OrgUnit> within(long ancestorId, OrgUnit.Level level) {
        return jdbc.sql("SELECT u.id, u.code, u.name, u.full_name, u.level, u.unit_type, u.parent_id FROM org_unit u, org_unit a"
                        + " WHERE a.id = ? AND u.path LIKE a.path || '%' AND u.level = ? ORDER BY u.code, u.id")
                .param(ancestorId).param(level.name()).query(OrgUnitRepository::map).list();
    }

    public boolean isWithin(long unitId, long ancestorId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM org_unit u, org_unit a
                                WHERE u.id = ? AND a.id = ? AND u.path LIKE a.path || '%')""")
                .param(unitId).param(ancestorId).query(Boolean.class).single();
    }

    /**
     * Finds units whose name, full name or code matches {@code text} (case- and accent-sensitive
     * on the Vietnamese text, case-insensitive otherwise), administrative units only.
     */
    public List<OrgUnit> search(String text, int limit) {
        String like = "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE level <> 'BODY' AND (lower(full_name) LIKE ? OR lower(name) LIKE ? OR code = ?)"
                        + " ORDER BY length(path), code LIMIT ?")
                .param(like).param(like).param(text.trim()).param(limit).query(OrgUnitRepository::map).list();
    }

    /**
     * Administrative units within the subtrees of {@code tops} whose folded full name (see {@link #FOLD_SQL}: lower case,
     * no diacritics, đ → d) contains {@code foldedNeedle}, or whose code equals it; higher levels first, then by name.
     */
    public List<OrgUnit> searchFoldedWithin(List<Long> tops, String foldedNeedle, int limit) {
        if (tops.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(tops.size(), "?"));
        return jdbc.sql("SELECT u.id, u.code, u.name, u.full_name, u.level, u.unit_type, u.parent_id FROM org_unit u"
                        + " WHERE u.level <> 'BODY' AND EXISTS (SELECT 1 FROM org_unit a WHERE a.id IN (" + in + ")"
                        + " AND u.path LIKE a.path || '%') AND (" + FOLD_SQL.replace("%s", "u.full_name") + " LIKE ? ESCAPE '\\' OR u.code = ?)"
                        + " ORDER BY length(u.path), u.full_name LIMIT ?")
                .params(searchParams(tops, foldedNeedle, limit)).query(OrgUnitRepository::map).list();
    }

    private static List<Object> searchParams(List<Long> tops, String foldedNeedle, int limit) {
        List<Object> params = new java.util.ArrayList<>(tops);
        params.add("%" + foldedNeedle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.add(foldedNeedle);
        params.add(limit);
        return params;
    }

    private static final String VIETNAMESE_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    /** SQL folding a column (placeholder %s) the way {@code VietnameseFold} folds Java text, without any extension. */
    static final String FOLD_SQL = foldSql();

    private static String foldSql() {
        String lower = VIETNAMESE_LETTERS;
        String upper = lower.toUpperCase(java.util.Locale.ROOT);
        StringBuilder plain = new StringBuilder();
        for (char c : lower.toCharArray()) {
            plain.append(c == 'đ' ? 'd' : java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0));
        }
        return "lower(translate(%s, '" + lower + upper + "', '" + plain + plain + "'))";
    }

    /** Provinces and communes whose full name or short name is exactly {@code name}, provinces first. */
    public List<OrgUnit> findAdministrativeByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE level IN ('PROVINCE','COMMUNE') AND (full_name = ? OR name = ?)"
                        + " ORDER BY length(path)")
                .param(name).param(name).query(OrgUnitRepository::map).list();
    }

    public int countByLevel(OrgUnit.Level level) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE level = ?").param(level.name()).query(Integer.class).single();
    }

    /** Finds a body (cơ quan) by name under a unit, creating it when missing. */
    public OrgUnit findOrCreateBody(long parentId, String fullName) {
        Optional<OrgUnit> found = jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id = ? AND level = 'BODY' AND full_name = ?")
                .param(parentId).param(fullName).query(OrgUnitRepository::map).optional();
        if (found.isPresent()) {
            return found.get();
        }
        String parentPath = jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(parentId).query(String.class).single();
        long id = jdbc.sql("INSERT INTO org_unit (name, full_name, level, unit_type, parent_id, path) VALUES (?, ?, 'BODY', 'Cơ quan', ?, '')"
                        + " ON CONFLICT (parent_id, full_name) WHERE code IS NULL DO UPDATE SET name = EXCLUDED.name RETURNING id")
                .param(fullName).param(fullName).param(parentId).query(Long.class).single();
        jdbc.sql("UPDATE org_unit SET path = ? WHERE id = ?").param(parentPath + id + "/").param(id).update();
        return findById(id).orElseThrow();
    }

    static OrgUnit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
                OrgUnit.Level.valueOf(rs.getString("level")), rs.getString("unit_type"), rs.wasNull() ? null : parent);
    }
}
