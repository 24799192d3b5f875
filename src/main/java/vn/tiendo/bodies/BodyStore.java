package vn.tiendo.bodies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to the alias table, the task ↔ body links and the names left to map. */
@Repository
public class BodyStore {

    private static final String ALIAS = """
            SELECT a.id, a.scope_unit_id, s.full_name AS scope_name, a.owner_level, a.alias, a.alias_key, a.kind,
                   a.body_unit_id, COALESCE(b.full_name, a.body_name) AS body_name
              FROM body_alias a LEFT JOIN org_unit s ON s.id = a.scope_unit_id LEFT JOIN org_unit b ON b.id = a.body_unit_id""";

    private final JdbcClient jdbc;

    public BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored task's lead and coordinating names. */
    public record TaskNames(long taskId, String code, List<String> lead, List<String> coordinating) {
    }

    /** A task ↔ body link or a name left unresolved (bodyUnitId null). */
    public record Link(long taskId, String role, String name, Long bodyUnitId) {
    }

    /** A name left to map: where, how it is written, how many tasks, which programmes. */
    public record Unmapped(long scopeUnitId, String scopeName, String name, String key, int tasks, String programmes) {
    }

    /** Aliases that apply to a programme owned by the unit: its own, then generic ones for its level. */
    public List<BodyAlias> aliasesFor(long unitId, String level) {
        return jdbc.sql(ALIAS + " WHERE a.scope_unit_id = ? OR (a.scope_unit_id IS NULL"
                        + " AND (a.owner_level IS NULL OR a.owner_level = ?)) ORDER BY a.scope_unit_id NULLS LAST, a.owner_level NULLS LAST")
                .param(unitId).param(level).query(BodyStore::alias).list();
    }

    public List<BodyAlias> aliases() {
        return jdbc.sql(ALIAS + " ORDER BY s.full_name NULLS FIRST, a.alias_key").query(BodyStore::alias).list();
    }

    public Optional<BodyAlias> alias(long id) {
        return jdbc.sql(ALIAS + " WHERE a.id = ?").param(id).query(BodyStore::alias).optional();
    }

    public Optional<BodyAlias> scopedAlias(long scopeUnitId, String key) {
        return jdbc.sql(ALIAS + " WHERE a.scope_unit_id = ? AND a.alias_key = ?").param(scopeUnitId).param(key)
                .query(BodyStore::alias).optional();
    }

    public long insertAlias(long scopeUnitId, String alias, String key, BodyAlias.Kind kind, Long bodyUnitId,
                            String actor) {
        return jdbc.sql("""
                INSERT INTO body_alias (scope_unit_id, alias, alias_key, kind, body_unit_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(scopeUnitId).param(alias).param(key).param(kind.name()).param(bodyUnitId).param(actor)
                .query(Long.class).single();
    }

    public int deleteAlias(long id) {
        return jdbc.sql("DELETE FROM body_alias WHERE id = ?").param(id).update();
    }

    /** The programme's owning unit id. */
    public Optional<Long> ownerUnitId(long programmeId) {
        return jdbc.sql("SELECT org_unit_id FROM programme WHERE id = ?").param(programmeId).query(Long.class).optional();
    }

    /** Programmes owned by the unit, or by any unit when null. */
    public List<Long> programmesOwnedBy(Long unitId) {
        return jdbc.sql("SELECT id FROM programme WHERE CAST(? AS BIGINT) IS NULL OR org_unit_id = ? ORDER BY id")
                .param(unitId).param(unitId).query(Long.class).list();
    }

    public List<TaskNames> taskNames(long programmeId) {
        return jdbc.sql("SELECT id, code, lead, coordinating FROM task WHERE programme_id = ? ORDER BY ordinal")
                .param(programmeId)
                .query((rs, i) -> new TaskNames(rs.getLong("id"), rs.getString("code"), strings(rs.getArray("lead")),
                        strings(rs.getArray("coordinating"))))
                .list();
    }

    /** Replaces the links and unresolved names of the programme's tasks and marks it resolved. */
    public void replaceLinks(long programmeId, long scopeUnitId, List<Link> links) {
        jdbc.sql("DELETE FROM task_body b USING task t WHERE b.task_id = t.id AND t.programme_id = ?").param(programmeId).update();
        jdbc.sql("DELETE FROM task_body_unresolved b USING task t WHERE b.task_id = t.id AND t.programme_id = ?")
                .param(programmeId).update();
        for (Link l : links) {
            if (l.bodyUnitId() == null) {
                jdbc.sql("""
                        INSERT INTO task_body_unresolved (task_id, role, name, name_key, scope_unit_id) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                        .param(l.taskId()).param(l.role()).param(l.name()).param(BodyNames.key(l.name())).param(scopeUnitId)
                        .update();
            } else {
                jdbc.sql("INSERT INTO task_body (task_id, role, body_unit_id, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .param(l.taskId()).param(l.role()).param(l.bodyUnitId()).param(l.name()).update();
            }
        }
        jdbc.sql("""
                INSERT INTO programme_bodies_resolved (programme_id) VALUES (?)
                ON CONFLICT (programme_id) DO UPDATE SET resolved_at = now()""").param(programmeId).update();
    }

    public boolean resolved(long programmeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme_bodies_resolved WHERE programme_id = ?)")
                .param(programmeId).query(Boolean.class).single();
    }

    public void forgetResolved(long programmeId) {
        jdbc.sql("DELETE FROM programme_bodies_resolved WHERE programme_id = ?").param(programmeId).update();
    }

    /** The bodies of one role per task of the programme, by task id, in name order. */
    public Map<Long, List<Long>> bodies(long programmeId, String role) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.sql("""
                SELECT b.task_id, b.body_unit_id FROM task_body b JOIN task t ON t.id = b.task_id JOIN org_unit u ON u.id = b.body_unit_id
                 WHERE t.programme_id = ? AND b.role = ? ORDER BY b.task_id, u.path""")
                .param(programmeId).param(role)
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    /** Links and unresolved names of the programme's tasks. */
    public List<Link> links(long programmeId) {
        return jdbc.sql("""
                SELECT b.task_id, b.role, b.name, b.body_unit_id FROM task_body b JOIN task t ON t.id = b.task_id
                 WHERE t.programme_id = ?
                UNION ALL
                SELECT b.task_id, b.role, b.name, NULL FROM task_body_unresolved b JOIN task t ON t.id = b.task_id
                 WHERE t.programme_id = ? ORDER BY 1, 2, 3""")
                .param(programmeId).param(programmeId)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)))
                .list();
    }

    /** Every name left to map, by unit and key. */
    public List<Unmapped> unmapped() {
        return jdbc.sql("""
                SELECT b.scope_unit_id, s.full_name, min(b.name) AS name, b.name_key, count(DISTINCT b.task_id) AS tasks,
                       string_agg(DISTINCT p.number, ', ') AS programmes
                  FROM task_body_unresolved b JOIN org_unit s ON s.id = b.scope_unit_id
                  JOIN task t ON t.id = b.task_id JOIN programme p ON p.id = t.programme_id
                 GROUP BY b.scope_unit_id, s.full_name, b.name_key ORDER BY s.full_name, b.name_key""")
                .query((rs, i) -> new Unmapped(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)))
                .list();
    }

    /** A body of this name directly under the unit. */
    public Optional<Long> bodyNamed(long parentId, String fullName) {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id = ? AND level = 'BODY' AND full_name = ?")
                .param(parentId).param(fullName).query(Long.class).optional();
    }

    private static BodyAlias alias(ResultSet rs, int row) throws SQLException {
        return new BodyAlias(rs.getLong("id"), (Long) rs.getObject("scope_unit_id"), rs.getString("scope_name"),
                rs.getString("owner_level"), rs.getString("alias"), rs.getString("alias_key"),
                BodyAlias.Kind.valueOf(rs.getString("kind")), (Long) rs.getObject("body_unit_id"), rs.getString("body_name"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
