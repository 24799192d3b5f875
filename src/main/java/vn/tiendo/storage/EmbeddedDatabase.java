package vn.tiendo.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that Tiến Độ starts for itself in {@code dataDir/pg}.
 *
 * <p>Only one Tiến Độ process owns a data folder: it records its PID in {@code dataDir/tiendo.pid}.
 * A second process finding a live owner does not start another server; it connects to the running
 * one (read from {@code postmaster.pid}). A postgres left behind by a killed owner is stopped first.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String OWNER_FILE = "tiendo.pid";

    private final Path dataDir;
    private volatile EmbeddedPostgres postgres;
    private final int port;
    private volatile boolean closing;
    private final boolean owner;
    private final boolean deleteOnClose;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgres postgres, int port, boolean owner, boolean deleteOnClose) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.port = port;
        this.owner = owner;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts (or joins) the embedded database of {@code dataDir}. */
    public static EmbeddedDatabase open(Path dataDir) {
        return open(dataDir, false, Duration.ofSeconds(60));
    }

    /** As {@link #open(Path)}, waiting at most {@code startupWait} for the server to accept connections. */
    static EmbeddedDatabase open(Path dataDir, Duration startupWait) {
        return open(dataDir, false, startupWait);
    }

    /** Starts an embedded database in a new temporary folder that is deleted on {@link #close()}. */
    public static EmbeddedDatabase openTemporary() {
        try {
            return open(Files.createTempDirectory("tiendo-db-"), true, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Không tạo được thư mục tạm cho cơ sở dữ liệu: " + e.getMessage(), e);
        }
    }

    private static EmbeddedDatabase open(Path dataDir, boolean deleteOnClose, Duration startupWait) {
        Path dir = dataDir.toAbsolutePath().normalize();
        checkWritable(dir);
        Path pgDir = dir.resolve("pg");
        Optional<Long> liveOwner = readPid(dir.resolve(OWNER_FILE)).filter(EmbeddedDatabase::isAlive)
                .filter(pid -> pid != ProcessHandle.current().pid());
        Optional<PostmasterInfo> running = PostmasterInfo.read(pgDir).filter(p -> isAlive(p.pid()));
        if (liveOwner.isPresent() && running.isPresent()) {
            log.info("Dữ liệu {} đang được tiến trình {} dùng; kết nối tới PostgreSQL cổng {}", dir, liveOwner.get(),
                    running.get().port());
            return new EmbeddedDatabase(dir, null, running.get().port(), false, false);
        }
        running.ifPresent(p -> stopOrphan(p, pgDir));
        try {
            Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            EmbeddedPostgres pg = start(pgDir, startupWait, deleteOnClose, 0);
            return new EmbeddedDatabase(dir, pg, pg.getPort(), true, deleteOnClose);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException("Không khởi động được cơ sở dữ liệu nhúng trong thư mục " + pgDir
                    + " (thư mục có thể bị hỏng hoặc không ghi được): " + DatabaseUnavailableException.rootMessage(e), e);
        }
    }

    private static EmbeddedPostgres start(Path pgDir, Duration startupWait, boolean temporary, int port) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(startupWait)
                .setServerConfig("max_connections", "100")
                // the embedded server holds real data: a commit must survive a crash
                .setServerConfig("synchronous_commit", temporary ? "off" : "on");
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }

    /**
     * Restarts the embedded PostgreSQL, on the same port, when this process owns it and it is no longer running
     * (killed, or stopped by hand): the connection pool then reconnects by itself. Returns true when restarted.
     * Called by {@link EmbeddedDatabaseWatchdog}; does nothing for a joined or closing database.
     */
    public synchronized boolean restartIfStopped() {
        Path pgDir = dataDir.resolve("pg");
        if (!owner || closing || isRunning()) {
            return false;
        }
        log.warn("PostgreSQL nhúng trong {} đã dừng; khởi động lại trên cổng {}", pgDir, port);
        try {
            try {
                postgres.close(); // releases the data folder's lock; its pg_ctl stop fails quietly on a dead server
            } catch (IOException | RuntimeException e) {
                log.debug("stop", e);
            }
            Files.deleteIfExists(pgDir.resolve("postmaster.pid"));
            postgres = start(pgDir, Duration.ofSeconds(60), deleteOnClose, port);
            log.warn("Đã khởi động lại PostgreSQL nhúng trên cổng {}", port);
            return true;
        } catch (IOException | RuntimeException e) {
            log.error("Chưa khởi động lại được PostgreSQL nhúng (sẽ thử lại): {}", DatabaseUnavailableException.rootMessage(e));
            return false;
        }
    }

    /** True when the PostgreSQL of this data folder runs (its postmaster.pid names a live process). */
    public boolean isRunning() {
        return PostmasterInfo.read(dataDir.resolve("pg")).filter(p -> isAlive(p.pid())).isPresent();
    }

    private static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Không tạo được thư mục dữ liệu " + dir + ": " + DatabaseUnavailableException.rootMessage(e), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new DatabaseUnavailableException("Thư mục dữ liệu " + dir + " không ghi được; hãy chọn thư mục khác với --data-dir.");
        }
    }

    private static void stopOrphan(PostmasterInfo info, Path pgDir) {
        log.warn("Dừng PostgreSQL cũ (PID {}) còn sót lại trong {}", info.pid(), pgDir);
        ProcessHandle.of(info.pid()).ifPresent(ph -> {
            ph.destroy();
            try {
                ph.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                ph.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pgDir.resolve("postmaster.pid"));
        } catch (IOException e) {
            log.debug("postmaster.pid", e);
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }


    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when this process started the server (false when it joined another process's server). */
    public boolean isOwner() {
        return owner;
    }

    @Override
    public synchronized void close() throws IOException {
        closing = true;
        if (postgres == null) {
            return;
        }
        postgres.close();
        Files.deleteIfExists(dataDir.resolve(OWNER_FILE));
        if (deleteOnClose) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The fields of PostgreSQL's postmaster.pid that matter here: PID (line 1) and port (line 4). */
    record PostmasterInfo(long pid, int port) {
        static Optional<PostmasterInfo> read(Path pgDir) {
            try {
                List<String> lines = Files.readAllLines(pgDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
                return Optional.of(new PostmasterInfo(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
