package vn.tiendo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.backup.BackupException;
import vn.tiendo.backup.BackupReader;
import vn.tiendo.backup.DatabaseRestore;
import vn.tiendo.storage.EmbeddedDatabase;

/**
 * {@code tiendo restore FILE --data-dir NEW_DIR}: rebuilds a data folder from a backup file; or
 * {@code --db-url …}: restores into an external PostgreSQL database that holds no Tiến Độ schema yet.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Khôi phục dữ liệu từ tệp sao lưu vào một thư mục dữ liệu mới (bản sao lưu cũ được chuyển đổi lên phiên bản này).")
class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TỆP", description = "Tệp sao lưu do tiendo backup tạo.")
    Path file;

    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC", description = "Thư mục dữ liệu mới (trống hoặc chưa có).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Khôi phục vào PostgreSQL bên ngoài (cơ sở dữ liệu chưa có lược đồ Tiến Độ), thay cho --data-dir.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "TÊN", description = "Người dùng PostgreSQL (hoặc TIENDO_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "MẬT_KHẨU", description = "Mật khẩu PostgreSQL (hoặc TIENDO_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--force", description = "Khôi phục cả khi thư mục đã có dữ liệu: thư mục cũ được giữ lại với tên THƯ_MỤC.bak-<thời điểm>.")
    boolean force;

    @Override
    public Integer call() {
        BackupCommand.quietLogging();
        PrintWriter err = spec.commandLine().getErr();
        if ((dataDir == null) == (dbUrl == null)) {
            err.println("Lỗi: chỉ rõ nơi khôi phục: --data-dir THƯ_MỤC (cơ sở dữ liệu nhúng) hoặc --db-url JDBC_URL (PostgreSQL bên ngoài), một trong hai.");
            return 2;
        }
        if (dbUrl != null) {
            return restoreExternal(err);
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(STAMP);
        Path staging = dir.resolveSibling(dir.getFileName() + ".dang-khoi-phuc-" + stamp);
        try {
            BackupReader.Contents contents = BackupReader.verify(file);
            DatabaseRestore.checkRestorable(file, contents.header());
            checkTarget(dir);
            DatabaseRestore.Result result;
            try (EmbeddedDatabase db = EmbeddedDatabase.open(staging)) {
                result = new DatabaseRestore(db.jdbcUrl(), db.user(), null).restore(file, contents);
            }
            Path aside = moveIntoPlace(staging, dir, stamp);
            PrintWriter out = spec.commandLine().getOut();
            BackupCommand.printSummary(out, "Đã khôi phục " + file + " vào " + dir, result.tables());
            out.println("Lược đồ trong tệp: " + result.backupVersion() + "; sau khi chuyển đổi: " + result.finalVersion() + ".");
            if (aside != null) {
                out.println("Thư mục dữ liệu cũ được giữ tại " + aside + ".");
            }
            return 0;
        } catch (BackupException e) {
            err.println("Lỗi: " + e.getMessage());
        } catch (IOException e) {
            err.println("Lỗi: không ghi được thư mục dữ liệu " + dir + ": " + e.getMessage());
        } catch (SQLException e) {
            err.println("Lỗi: khôi phục thất bại ở cơ sở dữ liệu: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
        }
        deleteTree(staging);
        return 1;
    }

    /** Restores into the external database; DatabaseRestore refuses one that already holds a Tiến Độ schema. */
    private int restoreExternal(PrintWriter err) {
        try {
            BackupReader.Contents contents = BackupReader.verify(file);
            DatabaseRestore.checkRestorable(file, contents.header());
            DatabaseRestore.Result result = new DatabaseRestore(dbUrl, BackupCommand.firstSet(dbUser, System.getenv("TIENDO_DB_USER")),
                    BackupCommand.firstSet(dbPassword, System.getenv("TIENDO_DB_PASSWORD"))).restore(file, contents);
            PrintWriter out = spec.commandLine().getOut();
            BackupCommand.printSummary(out, "Đã khôi phục " + file + " vào " + dbUrl, result.tables());
            out.println("Lược đồ trong tệp: " + result.backupVersion() + "; sau khi chuyển đổi: " + result.finalVersion() + ".");
            return 0;
        } catch (BackupException e) {
            err.println("Lỗi: " + e.getMessage());
        } catch (SQLException e) {
            err.println("Lỗi: khôi phục thất bại ở cơ sở dữ liệu " + dbUrl + ": " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
        }
        return 1;
    }

    /** Refuses a folder with data unless --force, and always one that a running Tiến Độ is using. */
    private void checkTarget(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new BackupException(dir + " không phải thư mục.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!force) {
            throw new BackupException("Thư mục dữ liệu " + dir + " đã có dữ liệu; không khôi phục đè lên."
                    + " Chọn thư mục mới, hoặc thêm --force để chuyển thư mục cũ sang " + dir.getFileName() + ".bak-<thời điểm>.");
        }
        if (inUse(dir)) {
            throw new BackupException("Thư mục dữ liệu " + dir + " đang được một tiến trình Tiến Độ dùng; hãy dừng máy chủ trước khi khôi phục.");
        }
    }

    private static boolean inUse(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("tiendo.pid")).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Puts the restored folder in place; an old non-empty folder is moved aside first. Returns where, or null. */
    private static Path moveIntoPlace(Path staging, Path dir, String stamp) throws IOException {
        Path aside = null;
        if (Files.exists(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (empty) {
                Files.delete(dir);
            } else {
                aside = dir.resolveSibling(dir.getFileName() + ".bak-" + stamp);
                Files.move(dir, aside);
            }
        }
        Files.move(staging, dir);
        return aside;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a half-restored folder keeps its telling name (.dang-khoi-phuc-...)
        }
    }
}
