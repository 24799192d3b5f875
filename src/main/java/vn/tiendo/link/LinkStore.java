package vn.tiendo.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of indicator_link and task_link (V95); writes check the row count, updates and deletes the version. */
@Repository
public class LinkStore {

    private final JdbcClient jdbc;

    public LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String table(LinkKind kind) {
        return kind == LinkKind.TASK ? "task" : "indicator";
    }

    private static String links(LinkKind kind) {
        return table(kind) + "_link";
    }

    private static String child(LinkKind kind) {
        return "child_" + table(kind) + "_id";
    }

    private static String parent(LinkKind kind) {
        return "parent_" + table(kind) + "_id";
    }

    /** Code → id of a programme's indicators or tasks. */
    public Map<String, Long> itemIds(long programmeId, LinkKind kind) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code FROM " + table(kind) + " WHERE programme_id = ? ORDER BY id").param(programmeId)
                .query((ResultSet rs) -> {
                    out.put(rs.getString("code"), rs.getLong("id"));
                });
        return out;
    }

    /** The stored links of a child programme's items of this kind. */
    public List<StoredLink> linksOf(long childProgrammeId, LinkKind kind) {
        return jdbc.sql("SELECT l.*, c.code AS child_code, p.code AS parent_code FROM " + links(kind) + " l JOIN "
                        + table(kind) + " c ON c.id = l." + child(kind) + " JOIN " + table(kind) + " p ON p.id = l." + parent(kind)
                        + " WHERE c.programme_id = ? ORDER BY c.id")
                .param(childProgrammeId).query((rs, n) -> row(kind, rs)).list();
    }

    private static StoredLink row(LinkKind kind, ResultSet rs) throws SQLException {
        return new StoredLink(kind, rs.getLong(child(kind)), rs.getString("child_code"), rs.getLong(parent(kind)),
                rs.getString("parent_code"), rs.getBigDecimal("confidence").doubleValue(), rs.getString("origin"),
                rs.getString("linked_by"), rs.getObject("linked_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** Inserts a link; false when the child already has one (someone else stored it first). */
    public boolean insert(LinkKind kind, long childId, long parentId, double confidence, String origin, String by,
                          OffsetDateTime at) {
        return jdbc.sql("INSERT INTO " + links(kind) + " (" + child(kind) + ", " + parent(kind)
                        + ", confidence, origin, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .param(childId).param(parentId).param(scaled(confidence)).param(origin).param(by).param(at).update() == 1;
    }

    /** Points an existing link at another parent; false when its version is no longer {@code version}. */
    public boolean update(LinkKind kind, long childId, long parentId, double confidence, String by, OffsetDateTime at,
                          int version) {
        return jdbc.sql("UPDATE " + links(kind) + " SET " + parent(kind) + " = ?, confidence = ?, origin = 'CONFIRMED', "
                        + "linked_by = ?, linked_at = ?, version = version + 1 WHERE " + child(kind) + " = ? AND version = ?")
                .param(parentId).param(scaled(confidence)).param(by).param(at).param(childId).param(version).update() == 1;
    }

    /** Removes a link; false when its version is no longer {@code version}. */
    public boolean delete(LinkKind kind, long childId, int version) {
        return jdbc.sql("DELETE FROM " + links(kind) + " WHERE " + child(kind) + " = ? AND version = ?")
                .param(childId).param(version).update() == 1;
    }

    /** Every link whose child or parent is one of these items. */
    public List<StoredLink> linksTouching(LinkKind kind, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = itemIds.toArray(Long[]::new);
        return jdbc.sql("SELECT l.*, c.code AS child_code, p.code AS parent_code FROM " + links(kind) + " l JOIN " + table(kind)
                        + " c ON c.id = l." + child(kind) + " JOIN " + table(kind) + " p ON p.id = l." + parent(kind)
                        + " WHERE l." + child(kind) + " = ANY (?) OR l." + parent(kind) + " = ANY (?)")
                .param(ids).param(ids).query((rs, n) -> row(kind, rs)).list();
    }

    /** Removes every link whose child or parent is one of these items; returns the removed rows. */
    public List<StoredLink> deleteTouching(LinkKind kind, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = itemIds.toArray(Long[]::new);
        List<StoredLink> gone = jdbc.sql("SELECT l.*, c.code AS child_code, p.code AS parent_code FROM " + links(kind)
                        + " l JOIN " + table(kind) + " c ON c.id = l." + child(kind) + " JOIN " + table(kind) + " p ON p.id = l."
                        + parent(kind) + " WHERE l." + child(kind) + " = ANY (?) OR l." + parent(kind) + " = ANY (?) FOR UPDATE OF l")
                .param(ids).param(ids).query((rs, n) -> row(kind, rs)).list();
        jdbc.sql("DELETE FROM " + links(kind) + " WHERE " + child(kind) + " = ANY (?) OR " + parent(kind) + " = ANY (?)")
                .param(ids).param(ids).update();
        return gone;
    }

    private static BigDecimal scaled(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP);
    }
}
