package vn.tiendo.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail (nhật ký thay đổi) for the audit page, limited to the units where the reader
 * is administrator or inspector. Read only: there is no way to change the trail through the
 * application, and the database trigger refuses updates and deletes.
 */
@Component
public class AuditTrail {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the trail. */
    public record Entry(long id, OffsetDateTime at, String actor, String address, String action, String objectType,
                        String objectId, String unitName, String summary) {
    }

    /** Filters; null or blank means any. {@code unitId} narrows to that unit and the units below it. */
    public record Filter(Long unitId, String actor, String objectType, LocalDate from, LocalDate to) {
    }

    /** One page (0-based) of the entries within {@code scopeUnitIds}, newest first; one more row tells if a next page exists. */
    public List<Entry> search(List<Long> scopeUnitIds, Filter f, int page) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.at, e.actor, e.address, e.action, e.object_type, e.object_id, u.full_name, e.summary
                  FROM audit_event e LEFT JOIN org_unit u ON u.id = e.org_unit_id
                 WHERE EXISTS (SELECT 1 FROM org_unit s WHERE s.id = ANY (?)
                                 AND (u.path LIKE s.path || '%' OR (u.id IS NULL AND s.parent_id IS NULL)))""");
        List<Object> params = new ArrayList<>();
        params.add(scopeUnitIds.toArray(Long[]::new));
        if (f.unitId() != null) {
            sql.append(" AND u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'");
            params.add(f.unitId());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" AND e.actor = ?");
            params.add(f.actor().strip());
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            sql.append(" AND e.object_type = ?");
            params.add(f.objectType().strip());
        }
        if (f.from() != null) {
            sql.append(" AND e.at >= ?::date");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND e.at < ?::date + 1");
            params.add(f.to().toString());
        }
        sql.append(" ORDER BY e.id DESC LIMIT ? OFFSET ?");
        params.add(PAGE_SIZE + 1);
        params.add(Math.max(page, 0) * PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** The object types present in the trail, for the filter list. */
    public List<String> objectTypes() {
        return jdbc.sql("SELECT DISTINCT object_type FROM audit_event ORDER BY 1").query(String.class).list();
    }
}
