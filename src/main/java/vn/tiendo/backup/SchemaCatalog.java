package vn.tiendo.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import vn.tiendo.backup.BackupFormat.SequenceValue;
import vn.tiendo.backup.BackupFormat.TableColumns;

/** What the public schema holds: application tables, their columns, foreign-key order, sequences. */
public final class SchemaCatalog {

    static final String HISTORY = "flyway_schema_history";

    private SchemaCatalog() {
    }

    /** Every ordinary table in the public schema except Flyway's history, by name, with its stored columns. */
    public static List<TableColumns> tables(Connection c) throws SQLException {
        List<String> names = strings(c, """
                SELECT t.relname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> '""" + HISTORY + "' ORDER BY t.relname");
        List<TableColumns> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(new TableColumns(name, strings(c, """
                    SELECT attname FROM pg_attribute WHERE attrelid = '%s'::regclass AND attnum > 0
                    AND NOT attisdropped AND attgenerated = '' ORDER BY attnum""".formatted(
                    BackupFormat.quote(name).replace("'", "''")))));
        }
        return tables;
    }

    /** The tables ordered so that every table comes after the tables its foreign keys point to. */
    static List<String> foreignKeyOrder(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT ch.relname, pa.relname FROM pg_constraint k
                JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = ch.relnamespace
                WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid""")) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        for (String t : tables) {
            visit(t, parents, ordered, new LinkedHashSet<>(), Set.copyOf(tables));
        }
        return List.copyOf(ordered);
    }

    private static void visit(String t, Map<String, Set<String>> parents, Set<String> done, Set<String> path, Set<String> all) {
        if (done.contains(t) || !path.add(t)) {
            return;
        }
        for (String p : parents.getOrDefault(t, Set.of())) {
            if (all.contains(p)) {
                visit(p, parents, done, path, all);
            }
        }
        done.add(t);
    }

    /** The highest successfully applied Flyway version, or empty when Flyway never ran here. */
    public static Optional<String> schemaVersion(Connection c) throws SQLException {
        if (strings(c, "SELECT relname FROM pg_class WHERE relname = '" + HISTORY + "' AND relkind = 'r'").isEmpty()) {
            return Optional.empty();
        }
        return strings(c, "SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL").stream()
                .max(Comparator.comparing(MigrationVersion::fromVersion));
    }

    static List<SequenceValue> sequences(Connection c) throws SQLException {
        List<SequenceValue> out = new ArrayList<>();
        List<String> names = strings(c, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename");
        for (String name : names) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM " + BackupFormat.quote(name))) {
                rs.next();
                out.add(new SequenceValue(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return out;
    }

    /** Row count and checksum (backup format {@code format}) of every listed table, read the same way a backup reads them. */
    public static List<TableSummary> summaries(Connection c, List<TableColumns> tables, int format) throws SQLException {
        List<TableSummary> out = new ArrayList<>();
        for (TableColumns t : tables) {
            RowDigest digest = new RowDigest(format);
            CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copyOutSql(t));
            byte[] row;
            while ((row = copy.readFromCopy()) != null) {
                digest.add(row);
            }
            out.add(digest.summary(t.name()));
        }
        return out;
    }

    static String copyOutSql(TableColumns t) {
        return "COPY " + BackupFormat.quote(t.name()) + " (" + BackupFormat.columnList(t.columns()) + ") TO STDOUT";
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
