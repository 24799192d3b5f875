package vn.tiendo.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Tiến Độ keeps its data. With no {@code url} the app starts its own embedded PostgreSQL in
 * {@code dataDir/pg}. Environment: TIENDO_DATA_DIR, TIENDO_DB_URL, TIENDO_DB_USER, TIENDO_DB_PASSWORD.
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
            db = new Db(null, null, null, null, null);
        }
    }

    /**
     * External database settings and the connection pool (for either database).
     *
     * @param poolSize         most connections the pool opens (default 20)
     * @param connectTimeoutMs how long a request waits for a connection before failing (default 10 s)
     */
    public record Db(String url, String user, String password, Integer poolSize, Long connectTimeoutMs) {

        public Db {
            poolSize = poolSize == null ? 20 : poolSize;
            connectTimeoutMs = connectTimeoutMs == null ? 10_000L : connectTimeoutMs;
        }
    }
}
