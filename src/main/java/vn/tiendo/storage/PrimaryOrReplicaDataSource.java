package vn.tiendo.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a replica is configured: the primary pool while the primary answers; while the
 * primary monitor finds it down, a read-only request ({@link ReadScope}) gets a replica connection and anything else
 * fails at once with {@link PrimaryUnavailableException} (not after the pool's 10 s connection timeout).
 */
final class PrimaryOrReplicaDataSource extends DelegatingDataSource {

    private final ReadRouting routing;
    private final DataSource replica;

    PrimaryOrReplicaDataSource(DataSource primary, DataSource replica, ReadRouting routing) {
        super(primary);
        this.replica = replica;
        this.routing = routing;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!routing.primaryDown()) {
            return super.getConnection();
        }
        if (ReadScope.active() && routing.replicaReachable()) {
            routing.countRead(true);
            return replica.getConnection();
        }
        throw new PrimaryUnavailableException(routing.primaryReason());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
