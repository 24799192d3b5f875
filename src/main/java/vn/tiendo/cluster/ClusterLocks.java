package vn.tiendo.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Work that one node at a time may do (a report batch): a PostgreSQL session advisory lock, held on a connection of
 * the node's own (not the pool's) for as long as the work runs. A node that dies drops its connection and with it the
 * lock, so another node can take the work over.
 */
@Component
public class ClusterLocks {

    private final ListenerConnections connections;

    ClusterLocks(ListenerConnections connections) {
        this.connections = connections;
    }

    /**
     * Takes the lock on ({@code purpose}, {@code id}) if no node holds it; the returned action releases it. Empty when
     * another node (or another runner of this one) holds it.
     */
    public Optional<Runnable> tryHold(String purpose, long id) {
        Connection c = null;
        try {
            c = connections.open("lock");
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, purpose.hashCode());
                ps.setInt(2, Long.hashCode(id));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        Connection held = c;
                        c = null;
                        return Optional.of(() -> close(held));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Không lấy được khóa " + purpose + " " + id + " trong cơ sở dữ liệu: " + e.getMessage(), e);
        } finally {
            close(c);
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the lock goes with the connection either way
            }
        }
    }
}
