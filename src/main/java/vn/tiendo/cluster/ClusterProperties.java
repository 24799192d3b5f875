package vn.tiendo.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Several app nodes on one PostgreSQL (issue 16). Environment: TIENDO_CLUSTER, TIENDO_NODE_NAME.
 *
 * @param enabled        this node is one of several: it must use an external database (refused otherwise)
 * @param nodeName       the node's name in logs, health and the {@code X-Tiendo-Node} header; unique per node
 *                       (default host name and port)
 * @param schemaCheck    how often the node compares the database's schema version with its own (default 10 s)
 * @param listenRetryMax longest wait between two attempts to listen for other nodes' changes again (default 5 s)
 */
@ConfigurationProperties(prefix = "tiendo.cluster")
public record ClusterProperties(boolean enabled, String nodeName, Duration schemaCheck, Duration listenRetryMax) {

    public ClusterProperties {
        schemaCheck = schemaCheck == null ? Duration.ofSeconds(10) : schemaCheck;
        listenRetryMax = listenRetryMax == null ? Duration.ofSeconds(5) : listenRetryMax;
    }
}
