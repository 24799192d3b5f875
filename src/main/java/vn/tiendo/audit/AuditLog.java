package vn.tiendo.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the append-only audit trail (nhật ký thay đổi). Call it inside the transaction that makes
 * the change, so that a change and its audit record are stored together or not at all.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditContext context;

    public AuditLog(JdbcClient jdbc, ObjectMapper json, AuditContext context) {
        this.jdbc = jdbc;
        this.json = json;
        this.context = context;
    }

    /**
     * Records one change.
     *
     * @param action     CREATE, UPDATE, DELETE, IMPORT, …
     * @param objectType programme, indicator, target, data_value, task, task_report, user, role, …
     * @param before     the object before the change (null for a creation); written as JSON
     * @param after      the object after the change (null for a deletion); written as JSON
     */
    public void record(String action, String objectType, Object objectId, Long orgUnitId, Object before, Object after,
                       String summary) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, address, action, object_type, object_id, org_unit_id, before, after, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                .param(context.actor()).param(context.address()).param(action).param(objectType)
                .param(objectId == null ? null : objectId.toString()).param(orgUnitId)
                .param(toJson(before)).param(toJson(after)).param(summary)
                .update();
    }

    private String toJson(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Không ghi được nhật ký: " + e.getOriginalMessage(), e);
        }
    }
}
