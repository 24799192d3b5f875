package vn.tiendo.storage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ReplicaReads} client when a replica is configured: each statement goes to the replica or the primary
 * as {@link ReadRouting#readFromReplica()} decides at that moment (read scope, no writing transaction, replica fresh
 * enough for the user).
 */
final class RoutingJdbcClient implements JdbcClient {

    private final JdbcClient primary;
    private final JdbcClient replica;
    private final ReadRouting routing;

    RoutingJdbcClient(JdbcClient primary, JdbcClient replica, ReadRouting routing) {
        this.primary = primary;
        this.replica = replica;
        this.routing = routing;
    }

    @Override
    public StatementSpec sql(String sql) {
        return routing.readFromReplica() ? replica.sql(sql) : primary.sql(sql);
    }
}
