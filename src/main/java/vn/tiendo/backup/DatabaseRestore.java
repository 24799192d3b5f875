package vn.tiendo.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.tiendo.backup.BackupFormat.Header;
import vn.tiendo.backup.BackupFormat.SequenceValue;
import vn.tiendo.backup.BackupFormat.TableColumns;

/**
 * Rebuilds a database from a backup file into an EMPTY PostgreSQL database: the schema is migrated to the
 * backup's version, the rows are copied in foreign-key order (user triggers off), sequences are set, the
 * copy is checked against the file's counts and checksums, and the remaining migrations of this build run.
 */
public final class DatabaseRestore {

    static final String MIGRATIONS = "classpath:db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    /** What a restore did. */
    public record Result(String backupVersion, String finalVersion, List<TableSummary> tables) {
    }

    private final String url;
    private final String user;
    private final String password;

    public DatabaseRestore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The newest migration this build ships. */
    public static MigrationVersion latestKnownVersion() {
        try {
            Resource[] all = new PathMatchingResourcePatternResolver().getResources(MIGRATIONS + "/V*__*.sql");
            MigrationVersion max = MigrationVersion.EMPTY;
            for (Resource r : all) {
                Matcher m = VERSIONED.matcher(String.valueOf(r.getFilename()));
                if (m.matches() && MigrationVersion.fromVersion(m.group(1)).isNewerThan(max.getVersion())) {
                    max = MigrationVersion.fromVersion(m.group(1));
                }
            }
            return max;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a backup this build cannot restore (made by a newer schema). Touches nothing. */
    public static void checkRestorable(Path file, Header header) {
        MigrationVersion known = latestKnownVersion();
        if (MigrationVersion.fromVersion(header.schemaVersion()).isNewerThan(known.getVersion())) {
            throw new BackupException("Tệp sao lưu " + file + " được tạo bởi phiên bản Tiến Độ mới hơn (lược đồ "
                    + header.schemaVersion() + ", bản này chỉ biết tới " + known.getVersion()
                    + "); hãy khôi phục bằng bản Tiến Độ mới hơn.");
        }
    }

    /** Restores a file already checked with {@link BackupReader#verify(Path)}. */
    public Result restore(Path file, BackupReader.Contents contents) throws SQLException {
        Header header = contents.header();
        checkRestorable(file, header);
        try (Connection c = connect()) {
            Optional<String> existing = SchemaCatalog.schemaVersion(c);
            if (existing.isPresent()) {
                throw new BackupException("Cơ sở dữ liệu đích đã có dữ liệu Tiến Độ (lược đồ " + existing.get()
                        + "); chỉ khôi phục vào cơ sở dữ liệu trống.");
            }
        }
        flyway(header.schemaVersion()).migrate();
        List<TableSummary> restored;
        try (Connection c = connect()) {
            restored = load(file, c, header, contents.trailer().sequences());
        }
        if (!restored.equals(contents.trailer().tables())) {
            throw new BackupException("Dữ liệu sau khi khôi phục không khớp số dòng hoặc mã kiểm tra trong tệp " + file + ".");
        }
        flyway(null).migrate();
        try (Connection c = connect()) {
            return new Result(header.schemaVersion(), SchemaCatalog.schemaVersion(c).orElseThrow(), restored);
        }
    }

    private List<TableSummary> load(Path file, Connection c, Header header, List<SequenceValue> sequences) throws SQLException {
        c.setAutoCommit(false);
        List<String> present = SchemaCatalog.tables(c).stream().map(TableColumns::name).toList();
        List<String> missing = header.tables().stream().map(TableColumns::name).filter(n -> !present.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new BackupException("Lược đồ " + header.schemaVersion() + " của bản này không có các bảng " + missing
                    + " mà tệp sao lưu chứa; tệp không khớp với các bước chuyển đổi của Tiến Độ.");
        }
        try (Statement st = c.createStatement()) {
            // migrations may seed reference rows; the backup holds the real ones
            st.execute("TRUNCATE " + String.join(", ", present.stream().map(BackupFormat::quote).toList()));
            for (String t : present) {
                st.execute("ALTER TABLE " + BackupFormat.quote(t) + " DISABLE TRIGGER USER");
            }
            copyIn(file, c);
            for (String t : present) {
                st.execute("ALTER TABLE " + BackupFormat.quote(t) + " ENABLE TRIGGER USER");
            }
            for (SequenceValue s : sequences) {
                st.execute("SELECT setval('" + BackupFormat.quote(s.name()).replace("'", "''") + "', " + s.lastValue()
                        + ", " + s.called() + ")");
            }
            List<TableSummary> summaries = SchemaCatalog.summaries(c, header.tables(), header.format());
            c.commit();
            return summaries;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Copies the rows in file order, which the backup wrote parents-first (foreign-key order). */
    private static void copyIn(Path file, Connection c) {
        BackupReader.read(file, new BackupReader.RowSink() {
            CopyIn copy;

            @Override
            public void begin(TableColumns t) {
                try {
                    copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + BackupFormat.quote(t.name())
                            + " (" + BackupFormat.columnList(t.columns()) + ") FROM STDIN");
                } catch (SQLException e) {
                    throw failed(t, e);
                }
            }

            @Override
            public void row(byte[] line) {
                try {
                    copy.writeToCopy(line, 0, line.length);
                } catch (SQLException e) {
                    throw failed(null, e);
                }
            }

            @Override
            public void end(TableColumns t) {
                try {
                    copy.endCopy();
                } catch (SQLException e) {
                    throw failed(t, e);
                }
            }
        });
    }

    private static BackupException failed(TableColumns t, SQLException e) {
        return new BackupException("PostgreSQL từ chối dữ liệu" + (t == null ? "" : " của bảng " + t.name())
                + " khi khôi phục: " + e.getMessage(), e);
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, password).locations(MIGRATIONS);
        if (target != null) {
            config.target(MigrationVersion.fromVersion(target));
        }
        return config.load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
