package vn.tiendo.cluster;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code node} component of {@code /actuator/health}: the node's name, the schema versions (DOWN while the
 * database is newer than the node, so the proxy drops it) and whether it hears other nodes' changes (when it does
 * not, it still serves, bypassing its caches). No secret in it.
 */
@Component("node")
class NodeHealth implements HealthIndicator {

    private final NodeIdentity node;
    private final SchemaGuard schema;
    private final ClusterChanges changes;

    NodeHealth(NodeIdentity node, SchemaGuard schema, ClusterChanges changes) {
        this.node = node;
        this.schema = schema;
        this.changes = changes;
    }

    @Override
    public Health health() {
        String refusal = schema.refusal();
        Health.Builder h = refusal == null ? Health.up() : Health.down().withDetail("reason", refusal);
        return h.withDetail("name", node.name())
                .withDetail("schemaVersion", String.valueOf(schema.databaseVersion()))
                .withDetail("nodeSchemaVersion", schema.knownVersion())
                .withDetail("cachesInSync", changes.listening())
                .build();
    }
}
