package vn.tiendo.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a replica is configured: the primary pool while the primary answers; while the
 * primary monitor finds it down, a read-only request ({@link ReadScope}) gets a replica connection and anything else
 * fails at once with {@link PrimaryUnavailableException} (not after the pool's 10 s connection timeout).
 *
 * <p>A request already waiting for a primary connection when the primary goes away waits in short slices
 * ({@link #SLICE_MS}), so that it too moves to the replica or fails within one slice after the monitor notices,
 * instead of hanging for the whole connection timeout (seen in the cluster test: every in-flight request held 10 s).
 */
final class PrimaryOrReplicaDataSource extends DelegatingDataSource {

    /** How long one wait for a primary connection lasts before the primary's state is looked at again. */
    static final long SLICE_MS = 250;

    private final HikariDataSource primary;
    private final DataSource replica;
    private final ReadRouting routing;

    PrimaryOrReplicaDataSource(HikariDataSource primary, DataSource replica, ReadRouting routing) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        this.routing = routing;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!routing.primaryDown()) {
            Connection c = primaryConnection(primary.getConnectionTimeout());
            if (c != null) {
                return c;
            }
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

    /**
     * A connection to the primary whatever the request's read scope, waiting at most {@code maxWaitMs}; fails with
     * {@link PrimaryUnavailableException} as soon as the primary is found down or the wait is over. For work that
     * only the primary can do (its WAL position) or that must not wait long for it.
     */
    Connection primaryOnly(long maxWaitMs) throws SQLException {
        Connection c = routing.primaryDown() ? null : primaryConnection(maxWaitMs);
        if (c == null) {
            throw new PrimaryUnavailableException(routing.primaryReason());
        }
        return c;
    }

    /** A primary connection within {@code maxWaitMs} (else the pool's timeout exception), or null as soon as the primary is found down. */
    private Connection primaryConnection(long maxWaitMs) throws SQLException {
        if (!(primary.getHikariPoolMXBean() instanceof HikariPool pool)) {
            return primary.getConnection(); // the pool starts with its first connection
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMs);
        while (true) {
            try {
                return pool.getConnection(Math.min(SLICE_MS, maxWaitMs));
            } catch (SQLTransientConnectionException timedOut) {
                if (routing.primaryDown()) {
                    return null;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw timedOut;
                }
            }
        }
    }
}
