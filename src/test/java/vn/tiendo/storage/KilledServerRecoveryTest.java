package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code tiendo serve} killed with SIGKILL leaves its PostgreSQL running with postmaster.pid; the
 * next start must stop that orphan and start cleanly on the same data.
 */
class KilledServerRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void theNextStartStopsThePostgresLeftByAKilledServer() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vn.tiendo.cli.Main",
                "serve", "--port", "0", "--data-dir", dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean running = false;
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
                if (line.contains("Tiến Độ đang chạy")) {
                    running = true;
                    break;
                }
            }
            assertThat(running).as("serve started").isTrue();
        }
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        EmbeddedDatabase.PostmasterInfo orphan = EmbeddedDatabase.PostmasterInfo.read(dir.resolve("pg")).orElseThrow();
        assertThat(EmbeddedDatabase.isAlive(orphan.pid())).as("postgres outlives the killed server").isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(db.isOwner()).isTrue();
            assertThat(EmbeddedDatabase.isAlive(orphan.pid())).as("orphan stopped").isFalse();
            try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), null);
                 var rs = c.createStatement().executeQuery("SELECT count(*) FROM org_unit WHERE level = 'PROVINCE'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("data kept").isEqualTo(34);
            }
        }
    }
}
