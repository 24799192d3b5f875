package vn.tiendo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.backup.BackupException;
import vn.tiendo.backup.BackupFormat.Trailer;
import vn.tiendo.backup.DatabaseBackup;
import vn.tiendo.backup.TableSummary;
import vn.tiendo.storage.EmbeddedDatabase;

/** {@code tiendo backup --out FILE}: one consistent snapshot of every table, while the server keeps serving. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Sao lưu toàn bộ dữ liệu (một ảnh chụp nhất quán) vào một tệp; máy chủ vẫn phục vụ trong lúc sao lưu.")
class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", required = true, paramLabel = "TỆP", description = "Tệp sao lưu sẽ ghi (chưa tồn tại), ví dụ tiendo-2026-11-30.tdbak.")
    Path out;

    @Override
    public Integer call() {
        quietLogging();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out)) {
            err.println("Lỗi: tệp " + out + " đã có; chọn tên khác để không ghi đè bản sao lưu cũ.");
            return 1;
        }
        Path partial = out.resolveSibling(out.getFileName() + ".dang-ghi");
        try (Source source = Source.open(db)) {
            Trailer trailer;
            try (OutputStream file = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                trailer = DatabaseBackup.write(source.connection(), file, appVersion(), Clock.systemUTC());
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            printSummary(spec.commandLine().getOut(), "Đã sao lưu vào " + out, trailer.tables());
            return 0;
        } catch (BackupException e) {
            err.println("Lỗi: " + e.getMessage());
        } catch (IOException e) {
            err.println("Lỗi: không ghi được tệp " + out + ": " + e.getMessage());
        } catch (SQLException e) {
            err.println("Lỗi: không đọc được cơ sở dữ liệu: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
        }
        deleteQuietly(partial);
        return 1;
    }

    static void printSummary(PrintWriter out, String title, List<TableSummary> tables) {
        long rows = tables.stream().mapToLong(TableSummary::rows).sum();
        out.println(title + ": " + tables.size() + " bảng, " + rows + " dòng.");
        for (TableSummary t : tables) {
            out.printf("  %-40s %10d dòng  SHA-256 %s%n", t.name(), t.rows(), t.sha256());
        }
    }

    /** Commands without Spring: keep the libraries' (Flyway, embedded PostgreSQL) chatter off the screen. */
    static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(BackupCommand.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        logging.setLogLevel("org.flywaydb", LogLevel.WARN);
        logging.setLogLevel("io.zonky", LogLevel.WARN);
    }

    static String appVersion() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/tiendo-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do: the partial file has a name that says so
        }
    }

    /** The database to back up: --db-url (TIENDO_DB_URL), else the embedded one of the data folder. */
    record Source(Connection connection, EmbeddedDatabase embedded) implements AutoCloseable {

        static Source open(DatabaseOptions db) throws SQLException {
            String url = firstSet(db.dbUrl, System.getenv("TIENDO_DB_URL"));
            if (url != null) {
                return new Source(DriverManager.getConnection(url, firstSet(db.dbUser, System.getenv("TIENDO_DB_USER")),
                        firstSet(db.dbPassword, System.getenv("TIENDO_DB_PASSWORD"))), null);
            }
            Path dir = Path.of(firstSet(db.dataDir, System.getenv("TIENDO_DATA_DIR"), "./data"));
            if (!Files.isDirectory(dir.resolve("pg"))) {
                throw new BackupException("Thư mục dữ liệu " + dir.toAbsolutePath().normalize()
                        + " chưa có cơ sở dữ liệu Tiến Độ; chỉ rõ bằng --data-dir hoặc --db-url.");
            }
            EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
            try {
                return new Source(DriverManager.getConnection(embedded.jdbcUrl(), embedded.user(), null), embedded);
            } catch (SQLException e) {
                closeQuietly(embedded);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the snapshot is already written or abandoned
            }
            if (embedded != null) {
                closeQuietly(embedded);
            }
        }

        private static void closeQuietly(EmbeddedDatabase embedded) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the server stops with the process anyway
            }
        }
    }

    static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
