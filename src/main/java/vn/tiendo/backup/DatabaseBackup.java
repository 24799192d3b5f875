package vn.tiendo.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import vn.tiendo.backup.BackupFormat.Header;
import vn.tiendo.backup.BackupFormat.TableColumns;
import vn.tiendo.backup.BackupFormat.Trailer;

/**
 * Writes a consistent logical backup of a Tiến Độ database: every application table read in one
 * {@code REPEATABLE READ, READ ONLY} transaction, so writers keep working and the file is one snapshot.
 */
public final class DatabaseBackup {

    private DatabaseBackup() {
    }

    /**
     * Writes the backup of the database behind {@code c} to {@code out} (uncompressed; the caller gzips).
     * The connection is left in auto-commit mode.
     */
    public static Trailer write(Connection c, OutputStream out, String appVersion, Clock clock) throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            String version = SchemaCatalog.schemaVersion(c).orElseThrow(() -> new BackupException(
                    "Cơ sở dữ liệu này không phải của Tiến Độ (không có bảng " + SchemaCatalog.HISTORY + ")."));
            List<TableColumns> tables = parentsFirst(c, SchemaCatalog.tables(c));
            BackupFormat.writeLine(out, BackupFormat.MAGIC + " " + BackupFormat.VERSION);
            BackupFormat.writeLine(out, BackupFormat.json(new Header(BackupFormat.VERSION, appVersion, version,
                    Instant.now(clock).toString(), tables)));
            List<TableSummary> summaries = new ArrayList<>();
            for (TableColumns t : tables) {
                summaries.add(writeTable(c, t, out));
            }
            Trailer trailer = new Trailer(summaries, SchemaCatalog.sequences(c));
            BackupFormat.writeLine(out, BackupFormat.END + BackupFormat.json(trailer));
            return trailer;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static List<TableColumns> parentsFirst(Connection c, List<TableColumns> tables) throws SQLException {
        List<String> order = SchemaCatalog.foreignKeyOrder(c, tables.stream().map(TableColumns::name).toList());
        return tables.stream().sorted(java.util.Comparator.comparingInt(t -> order.indexOf(t.name()))).toList();
    }

    private static TableSummary writeTable(Connection c, TableColumns t, OutputStream out) throws SQLException, IOException {
        BackupFormat.writeLine(out, BackupFormat.TABLE + t.name());
        RowDigest digest = new RowDigest(BackupFormat.VERSION);
        CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(SchemaCatalog.copyOutSql(t));
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            out.write(row);
            digest.add(row);
        }
        BackupFormat.writeLine(out, BackupFormat.END_OF_TABLE);
        return digest.summary(t.name());
    }
}
