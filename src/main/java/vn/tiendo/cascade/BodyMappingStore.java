package vn.tiendo.cascade;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the body mapping table and of the body names the application knows. */
@Repository
public class BodyMappingStore {

    private final JdbcClient jdbc;

    public BodyMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BodyMapping> all() {
        return jdbc.sql("SELECT id, province_name, commune_names, version FROM body_mapping ORDER BY province_name")
                .query(BodyMappingStore::map).list();
    }

    /** Locks the table for a change, so two administrators cannot make a cycle between them. */
    public void lock() {
        jdbc.sql("LOCK TABLE body_mapping IN SHARE ROW EXCLUSIVE MODE").update();
    }

    public Optional<BodyMapping> find(long id) {
        return jdbc.sql("SELECT id, province_name, commune_names, version FROM body_mapping WHERE id = ?").param(id)
                .query(BodyMappingStore::map).optional();
    }

    public long insert(String provinceName, List<String> communeNames, String actor) {
        return jdbc.sql("INSERT INTO body_mapping (province_name, commune_names, created_by) VALUES (?, ?, ?) RETURNING id")
                .param(provinceName).param(communeNames.toArray(String[]::new)).param(actor).query(Long.class).single();
    }

    /** Rewrites a row if it still has {@code version}; the number of rows changed (0: someone changed it first). */
    public int update(long id, int version, String provinceName, List<String> communeNames) {
        return jdbc.sql("UPDATE body_mapping SET province_name = ?, commune_names = ?, version = version + 1 WHERE id = ? AND version = ?")
                .param(provinceName).param(communeNames.toArray(String[]::new)).param(id).param(version).update();
    }

    public int delete(long id) {
        return jdbc.sql("DELETE FROM body_mapping WHERE id = ?").param(id).update();
    }

    /** Body names written in the tasks of programmes of units at this level, and the names of body units. */
    public List<String> knownNames(String level) {
        return jdbc.sql("""
                SELECT DISTINCT n FROM (
                  SELECT unnest(t.lead || t.coordinating) AS n FROM task t JOIN programme p ON p.id = t.programme_id WHERE p.level = ?
                  UNION SELECT full_name FROM org_unit WHERE level = 'BODY'
                  UNION SELECT alias FROM body_alias) names""")
                .param(level).query(String.class).list();
    }

    private static BodyMapping map(ResultSet rs, int i) throws SQLException {
        Array a = rs.getArray("commune_names");
        return new BodyMapping(rs.getLong("id"), rs.getString("province_name"), Arrays.asList((String[]) a.getArray()),
                rs.getInt("version"));
    }
}
