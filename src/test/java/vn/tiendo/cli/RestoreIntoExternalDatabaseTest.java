package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tiendo.TiendoTest;
import vn.tiendo.storage.EmbeddedDatabase;

/** {@code tiendo restore FILE --db-url …}: into an external PostgreSQL that has no Tiến Độ schema yet, and only then. */
@TiendoTest
class RestoreIntoExternalDatabaseTest {

    @Autowired DataSource dataSource;
    @TempDir Path temp;

    @Test
    void restoresIntoAnEmptyExternalDatabaseAndRefusesOneThatHoldsTiendo() throws Exception {
        HikariDataSource ds = (HikariDataSource) dataSource;
        Path file = temp.resolve("ngoai.tdbak");
        MainTest.Run backup = MainTest.run("backup", "--out", file.toString(), "--db-url", ds.getJdbcUrl(), "--db-user", ds.getUsername());
        assertThat(backup.code()).as(backup.err()).isZero();
        try (EmbeddedDatabase external = EmbeddedDatabase.openTemporary()) {
            Path cut = temp.resolve("cut.tdbak");
            byte[] all = Files.readAllBytes(file);
            Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
            MainTest.Run truncated = MainTest.run("restore", cut.toString(), "--db-url", external.jdbcUrl(), "--db-user", external.user());
            assertThat(truncated.code()).isEqualTo(1);
            assertThat(truncated.err()).contains("bị cắt cụt");
            assertThat(tables(external)).as("nothing created before the file is checked").isZero();

            MainTest.Run run = MainTest.run("restore", file.toString(), "--db-url", external.jdbcUrl(), "--db-user", external.user());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Đã khôi phục " + file + " vào " + external.jdbcUrl(), "data_value", "SHA-256");
            assertThat(BackupRestoreCommandTest.summaries(external.jdbcUrl(), external.user()))
                    .containsExactlyInAnyOrderElementsOf(vn.tiendo.backup.BackupReader.verify(file).trailer().tables());

            MainTest.Run again = MainTest.run("restore", file.toString(), "--db-url", external.jdbcUrl(), "--db-user", external.user());
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).contains("Cơ sở dữ liệu đích đã có dữ liệu Tiến Độ");
        }
        MainTest.Run neither = MainTest.run("restore", file.toString());
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--data-dir THƯ_MỤC", "--db-url JDBC_URL");
    }

    static int tables(EmbeddedDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
