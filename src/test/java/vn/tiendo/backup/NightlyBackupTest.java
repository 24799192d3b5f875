package vn.tiendo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.TiendoDatabaseProperties;

/** The nightly backup of {@code serve}: due after its time, claimed once per day, recorded, pruned, shown to administrators. */
@TiendoTest
class NightlyBackupTest {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired DataSource dataSource;
    @Autowired BackupRunStore runs;
    @Autowired TiendoDatabaseProperties database;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @TempDir Path temp;

    NightlyBackup nightly(Path dir) {
        NightlyBackupProperties p = new NightlyBackupProperties(true, LocalTime.of(2, 0), HCM, 7, 4, null, dir.toString());
        return new NightlyBackup(dataSource, runs, p, database, clock);
    }

    void at(String day, String time) {
        clock.set(LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(HCM).toInstant());
    }

    @Test
    void theDaysBackupIsTakenOnceAfterItsTimeAndRecorded() throws Exception {
        NightlyBackup backup = nightly(temp);
        at("2031-01-10", "01:59");
        assertThat(backup.runIfDue()).as("before 02:00").isEmpty();
        at("2031-01-10", "02:00");
        BackupRun run = backup.runIfDue().orElseThrow();
        assertThat(run.ok()).isTrue();
        Path file = temp.resolve("tiendo-2031-01-10.tdbak");
        assertThat(run.file()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(run.sizeBytes()).isEqualTo(Files.size(file)).isPositive();
        assertThat(run.durationMs()).isNotNull();
        assertThat(BackupReader.verify(file).trailer().tables()).extracting(TableSummary::name).contains("data_value", "audit_event");
        at("2031-01-10", "23:00");
        assertThat(backup.runIfDue()).as("already taken today").isEmpty();
        assertThat(listed(temp)).containsExactly("tiendo-2031-01-10.tdbak");
    }

    @Test
    void twoSchedulersFiringTogetherTakeOneBackup() throws Exception {
        NightlyBackup first = nightly(temp);
        NightlyBackup second = nightly(temp);
        at("2031-02-03", "02:00:30");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<BackupRun>>> both = pool.invokeAll(List.<Callable<Optional<BackupRun>>>of(first::runIfDue, second::runIfDue));
            List<BackupRun> taken = new ArrayList<>();
            for (Future<Optional<BackupRun>> f : both) {
                f.get().ifPresent(taken::add);
            }
            assertThat(taken).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(listed(temp)).containsExactly("tiendo-2031-02-03.tdbak");
        assertThat(runs.find(LocalDate.parse("2031-02-03")).orElseThrow().status()).isEqualTo("OK");
    }

    @Test
    void oldBackupsBeyondSevenDailyAndFourWeeklyAreDeleted() throws Exception {
        LocalDate first = LocalDate.parse("2031-03-01");
        for (int i = 0; i < 40; i++) {
            Files.writeString(temp.resolve("tiendo-" + first.plusDays(i) + ".tdbak"), "x");
        }
        Files.writeString(temp.resolve("ghi-chu.txt"), "not a nightly backup: never touched");
        at(first.plusDays(40).toString(), "03:00");
        nightly(temp).runIfDue().orElseThrow();
        List<LocalDate> all = Stream.iterate(first, d -> d.plusDays(1)).limit(41).toList();
        List<String> expected = new ArrayList<>(RetentionPolicy.DEFAULT.keep(all).stream().map(d -> "tiendo-" + d + ".tdbak").toList());
        expected.add("ghi-chu.txt");
        assertThat(listed(temp)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected.size()).as("7 daily, and the older weeks' newest").isBetween(7 + 2 + 1, 7 + 4 + 1);
    }

    @Test
    void aFailedRunIsRecordedAndShownToAdministrators() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("khong-phai-thu-muc"), "x");
        at("2031-04-05", "02:10");
        BackupRun failed = nightly(notAFolder).runIfDue().orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).isNotBlank();
        at("2031-04-06", "02:10");
        assertThat(nightly(temp).runIfDue().orElseThrow().ok()).isTrue();

        HttpSession provinceAdmin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "12"));
        assertThat(provinceAdmin.get("/quan-tri/sao-luu").statusCode()).isEqualTo(403);
        HttpSession admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "VN"));
        HttpResponse<String> page = admin.get("/quan-tri/sao-luu");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bản sao lưu thành công gần nhất", "05/04/2031", "Thất bại", "06/04/2031", "Thành công");
    }

    static List<String> listed(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
