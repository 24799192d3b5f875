package vn.tiendo.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Tiến Độ keeps its data. With no {@code url} the app starts its own embedded PostgreSQL in
 * {@code dataDir/pg}. Environment: TIENDO_DATA_DIR, TIENDO_DB_URL, TIENDO_DB_USER, TIENDO_DB_PASSWORD,
 * TIENDO_DB_REPLICA_URL (and _USER, _PASSWORD, _MAXLAG, _POLL, _POOLSIZE).
 *
 * @param dataDir   folder for the embedded database and other files (default ./data)
 * @param url       JDBC URL of an external PostgreSQL; when set, no embedded database is started
 * @param ephemeral start the embedded database in a fresh temporary folder, deleted at shutdown (tests)
 */
@ConfigurationProperties(prefix = "tiendo")
public record TiendoDatabaseProperties(String dataDir, Db db, boolean ephemeral) {

    public TiendoDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "./data";
        }
        if (db == null) {
            db = new Db(null, null, null, null, null, null);
        }
    }

    /**
     * External database settings and the connection pool (for either database).
     *
     * @param poolSize         most connections the pool opens (default 20)
     * @param connectTimeoutMs how long a request waits for a connection before failing (default 10 s)
     * @param replica          an optional streaming replica for read-only work (docs/deploy.md "Bản sao đọc")
     */
    public record Db(String url, String user, String password, Integer poolSize, Long connectTimeoutMs, Replica replica) {

        public Db {
            poolSize = poolSize == null ? 20 : poolSize;
            connectTimeoutMs = connectTimeoutMs == null ? 10_000L : connectTimeoutMs;
            replica = replica == null ? new Replica(null, null, null, null, null, null) : replica;
        }

        /** User of the replica: its own when set, else the primary's. */
        public String replicaUser() {
            return replica.user() == null || replica.user().isBlank() ? user : replica.user();
        }

        /** Password of the replica: its own when set, else the primary's. */
        public String replicaPassword() {
            return replica.password() == null || replica.password().isBlank() ? password : replica.password();
        }
    }

    /**
     * A PostgreSQL streaming replica (TIENDO_DB_REPLICA_URL, TIENDO_DB_REPLICA_USER, TIENDO_DB_REPLICA_PASSWORD):
     * dashboards, public pages, completeness and reports read from it while it is within {@code maxLag} of the primary.
     *
     * @param url      JDBC URL of the replica; none = every read goes to the primary, as on one machine
     * @param maxLag   reads fall back to the primary when the replica is further behind (default 5 s)
     * @param poll     how often both databases are probed: replay position, lag, primary alive (default 200 ms)
     * @param poolSize connections of the replica pool "tiendo-replica" (default 10)
     */
    public record Replica(String url, String user, String password, java.time.Duration maxLag, java.time.Duration poll,
                          Integer poolSize) {

        public Replica {
            maxLag = maxLag == null ? java.time.Duration.ofSeconds(5) : maxLag;
            poll = poll == null ? java.time.Duration.ofMillis(200) : poll;
            poolSize = poolSize == null ? 10 : poolSize;
            if (poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("tiendo.db.replica.poll phải dương.");
            }
        }

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
