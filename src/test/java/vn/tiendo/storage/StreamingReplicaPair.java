package vn.tiendo.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A real PostgreSQL primary and streaming replica from the embedded binaries (which have no pg_basebackup): a primary
 * is initialised and stopped cleanly, its data folder copied, the copy given {@code standby.signal} and
 * {@code primary_conninfo}, and both started. Each side can be stopped and started again on the same port.
 */
public final class StreamingReplicaPair implements AutoCloseable {

    private final Path primaryDir;
    private final Path replicaDir;
    private final int primaryPort;
    private final int replicaPort;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres replica;

    public StreamingReplicaPair(Path folder) {
        try {
            this.primaryDir = folder.resolve("primary");
            this.replicaDir = folder.resolve("replica");
            this.primaryPort = freePort();
            this.replicaPort = freePort();
            primary = start(primaryDir, primaryPort);
            primary.close();
            copy(primaryDir, replicaDir);
            Files.writeString(replicaDir.resolve("standby.signal"), "");
            Files.writeString(replicaDir.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=localhost port=" + primaryPort
                    + " user=postgres application_name=tiendo_test_replica'\nhot_standby = on\n", StandardOpenOption.APPEND);
            primary = start(primaryDir, primaryPort);
            replica = start(replicaDir, replicaPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "60")
                .setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "5")
                .setServerConfig("hot_standby", "on").start();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.equals("postmaster.pid") || name.equals("epg-lock")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primaryPort + "/postgres";
    }

    public String replicaUrl() {
        return "jdbc:postgresql://localhost:" + replicaPort + "/postgres";
    }

    public synchronized void stopPrimary() throws IOException {
        primary.close();
        primary = null;
    }

    public synchronized void startPrimary() throws IOException {
        primary = start(primaryDir, primaryPort);
    }

    public synchronized void stopReplica() throws IOException {
        replica.close();
        replica = null;
    }

    public synchronized void startReplica() throws IOException {
        replica = start(replicaDir, replicaPort);
    }

    /** Runs one statement on the replica and answers the first column of the first row as text. */
    public String onReplica(String sql) throws SQLException {
        return first(replicaUrl(), sql);
    }

    public String onPrimary(String sql) throws SQLException {
        return first(primaryUrl(), sql);
    }

    private static String first(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return null;
            }
            try (ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }
}
