package vn.tiendo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tiendo.TiendoTest;

/**
 * The load of {@code scripts/cluster test} on one server: a form login, entry-form writes and API reads for a few
 * seconds, then the verdict against the database — every acknowledged write found; a write the log claims but the
 * database lacks is reported as lost; a failure counts only outside the fault windows (in flight at a fault is excused).
 */
@TiendoTest
class ClusterLoadTest {

    @Autowired
    ClusterLoadSetup setups;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    private ClusterLoadCheck.Verdict check(Path log, ClusterLoadSetup.Setup setup, List<ClusterLoadCheck.Window> allowed) throws Exception {
        HikariDataSource ds = (HikariDataSource) dataSource;
        return ClusterLoadCheck.check(log, allowed, Map.of(1L, "start"), 0, setup, ds.getJdbcUrl(), ds.getUsername(), ds.getPassword());
    }

    @Test
    void threeSecondsOfSignedInWritesAndApiReadsAreAllFoundInTheDatabase() throws Exception {
        ClusterLoadSetup.Setup setup = setups.prepare(2);
        setup.save(dir.resolve("setup"));
        ClusterLoadSetup.Setup loaded = ClusterLoadSetup.Setup.load(dir.resolve("setup"));
        assertThat(loaded).isEqualTo(setup);
        Path log = dir.resolve("load.tsv");
        Map<String, Long> counts = ClusterLoad.run("http://127.0.0.1:" + port, loaded, 1, log, null, 3);
        assertThat(counts).containsEntry("login ok", 2L).doesNotContainKeys("write fail", "read fail", "login fail", "page fail");
        assertThat(counts.get("write ok")).isGreaterThan(4);
        assertThat(counts.get("page ok")).as("each write opens the signed-in entry form first").isEqualTo(counts.get("write ok"));
        assertThat(counts.get("read ok")).isGreaterThan(4);
        ClusterLoadCheck.Verdict v = check(log, setup, List.of());
        assertThat(v.problems()).isEmpty();
        assertThat(v.figures()).containsEntry("acknowledged writes found in database", counts.get("write ok"))
                .containsEntry("failures outside grace windows", 0);
    }

    @Test
    void aClaimedWriteMissingFromTheDatabaseAndAFailureOutsideTheWindowsAreReported() throws Exception {
        ClusterLoadSetup.Setup setup = setups.prepare(1);
        String unit = setup.units().get(0);
        Path log = dir.resolve("forged.tsv");
        Files.writeString(log, String.join("\n",
                new ClusterLoad.Entry(1_000, "login", "", "", 302, true, "n1", 0).line(),
                new ClusterLoad.Entry(2_000, "write", unit, "1000077", 200, true, "n1", 30).line(),
                new ClusterLoad.Entry(4_900, "read", "12", "", 0, false, "-", 200).line(),
                new ClusterLoad.Entry(9_000, "read", "12", "", 502, false, "-", 5).line()) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE);
        ClusterLoadCheck.Verdict v = check(log, setup, List.of(ClusterLoadCheck.Window.parse("5000-6000")));
        assertThat(v.passed()).isFalse();
        assertThat(v.problems()).containsExactly(
                "lỗi ngoài thời gian ân hạn (9.0 s sau start): 9000\tread\t12\t\t502\tfail\t-\t5",
                "mất lần ghi: " + unit + " = 1000077 đã được xác nhận nhưng không có trong CSDL",
                "giá trị lưu của " + unit + " là null, cũ hơn lần ghi được xác nhận cuối 1000077");
        assertThat(v.figures()).containsEntry("failures inside grace windows", 1L).containsEntry("acknowledged writes found in database", 0L);
    }
}
