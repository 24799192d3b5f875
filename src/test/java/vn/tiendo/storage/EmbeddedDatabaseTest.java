package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(db.isOwner()).isTrue();
            exec(db, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('Bình Lư')");
        }
        assertThat(dir.resolve("tiendo.pid")).doesNotExist();
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(query(db, "SELECT v FROM kept")).isEqualTo("Bình Lư");
        }
    }

    @Test
    void aSecondProcessJoinsTheRunningServerInsteadOfStartingAnother() throws Exception {
        Process otherOwner = new ProcessBuilder("sleep", "60").start();
        try (EmbeddedDatabase first = EmbeddedDatabase.open(dir)) {
            exec(first, "CREATE TABLE shared (v INT); INSERT INTO shared VALUES (42)");
            // pretend another live Tiến Độ process owns the folder
            Files.writeString(dir.resolve("tiendo.pid"), Long.toString(otherOwner.pid()));
            try (EmbeddedDatabase second = EmbeddedDatabase.open(dir)) {
                assertThat(second.isOwner()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
                assertThat(query(second, "SELECT v::text FROM shared")).isEqualTo("42");
            }
            assertThat(query(first, "SELECT v::text FROM shared")).isEqualTo("42");
        } finally {
            otherOwner.destroy();
        }
    }

    @Test
    void anUnwritableDataFolderGetsAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> EmbeddedDatabase.open(file.resolve("sub")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Không tạo được thư mục dữ liệu");
    }

    @Test
    void aCorruptedDatabaseFolderGetsAClearMessage() throws Exception {
        Path pg = Files.createDirectories(dir.resolve("pg"));
        Files.writeString(pg.resolve("postgresql.conf"), "this is = not a valid = config\n");
        Files.writeString(pg.resolve("PG_VERSION"), "17\n");
        assertThatThrownBy(() -> EmbeddedDatabase.open(dir, java.time.Duration.ofSeconds(5)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Không khởi động được cơ sở dữ liệu nhúng");
    }

    private static void exec(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
