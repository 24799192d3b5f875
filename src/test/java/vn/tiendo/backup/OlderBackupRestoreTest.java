package vn.tiendo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiendo.storage.EmbeddedDatabase;

/** A backup made by an older schema is restored and then migrated to this build's newest schema. */
class OlderBackupRestoreTest {

    @TempDir Path temp;

    @Test
    void anOlderBackupIsMigratedAfterTheRowsAreBack() throws Exception {
        Path file = temp.resolve("old.tdbak");
        try (EmbeddedDatabase old = EmbeddedDatabase.openTemporary()) {
            Flyway.configure().dataSource(old.jdbcUrl(), old.user(), null).locations(DatabaseRestore.MIGRATIONS)
                    .target("81").load().migrate();
            try (Connection c = DriverManager.getConnection(old.jdbcUrl(), old.user(), null);
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO org_unit (code, name, full_name, level, path) VALUES ('OLD1', 'Tỉnh Cũ', 'Tỉnh Cũ', 'NATION', '/')");
                }
                BackupFormat.Trailer trailer = DatabaseBackup.write(c, out, "test", Clock.systemUTC());
                assertThat(trailer.tables()).filteredOn(t -> t.name().equals("org_unit"))
                        .singleElement().extracting(TableSummary::rows).isEqualTo(1L);
            }
        }
        assertThat(BackupReader.header(file).schemaVersion()).isEqualTo("81");

        try (EmbeddedDatabase target = EmbeddedDatabase.openTemporary()) {
            DatabaseRestore.Result result = new DatabaseRestore(target.jdbcUrl(), target.user(), null)
                    .restore(file, BackupReader.verify(file));
            assertThat(result.backupVersion()).isEqualTo("81");
            assertThat(result.finalVersion()).isEqualTo(DatabaseRestore.latestKnownVersion().getVersion());
            try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), null);
                 Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT name FROM org_unit WHERE code = 'OLD1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Tỉnh Cũ");
            }
        }
    }
}
