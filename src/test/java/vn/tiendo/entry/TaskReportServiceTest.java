package vn.tiendo.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.TaskReport;
import vn.tiendo.programmes.ProgrammeService;

/** Task progress reports share the optimistic locking of actual values. */
@TiendoTest
class TaskReportServiceTest {

    @Autowired
    TaskReportService service;
    @Autowired
    TaskReportRepository reports;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    EntryFixtures.Saved p;
    long binhLu;
    long task;

    @BeforeEach
    void programme() {
        p = EntryFixtures.laiChau(programmes, jdbc);
        binhLu = EntryFixtures.unitId(jdbc, "03390");
        task = p.tasks().get("B.I.1");
    }

    TaskProgressInput input(String progress, ExpectedVersion expected) {
        return new TaskProgressInput(task, binhLu, Period.year(2026), "Đang thực hiện", progress, null, expected,
                new Field("t", "Nhiệm vụ B.I.1"));
    }

    TaskReport stored() {
        return reports.find(task, binhLu, Period.year(2026)).orElseThrow();
    }

    @Test
    void anOldVersionIsRefusedNamingWhoSavedItAndTheSameReportAgainChangesNothing() {
        assertThat(service.save(List.of(input("40", ExpectedVersion.none())))).isEqualTo(1);
        assertThat(service.save(List.of(input("60", ExpectedVersion.of(1))))).isEqualTo(1);
        assertThat(service.save(List.of(input("60", ExpectedVersion.of(1))))).isZero();
        assertThatThrownBy(() -> service.save(List.of(input("70", ExpectedVersion.of(1)))))
                .isInstanceOf(StaleValueException.class)
                .hasMessageStartingWith("Nhiệm vụ B.I.1: báo cáo nhiệm vụ đã được " + stored().reportedBy() + " cập nhật lúc ")
                .hasMessageEndingWith("(phiên bản 2); hãy tải lại để xem số liệu mới rồi nhập lại.");
        assertThat(stored().progressPercent()).isEqualTo(60);
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void twoConcurrentReportsOfTheSameVersionOneWinsTheOtherIsTold() throws Exception {
        service.save(List.of(input("40", ExpectedVersion.none())));
        List<String> outcomes = Race.run(List.of("50", "80").stream().<Callable<String>>map(progress -> () -> {
            try {
                service.save(List.of(input(progress, ExpectedVersion.of(1))));
                return "saved " + progress;
            } catch (StaleValueException e) {
                return "stale";
            }
        }).toList());
        assertThat(outcomes).containsOnlyOnce("stale");
        String winner = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
        assertThat(stored().progressPercent()).isEqualTo(Integer.valueOf(winner));
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void twoConcurrentFirstReportsDoNotBothCreate() throws Exception {
        List<String> outcomes = Race.run(List.of("10", "20").stream().<Callable<String>>map(progress -> () -> {
            try {
                service.save(List.of(input(progress, ExpectedVersion.none())));
                return "saved";
            } catch (StaleValueException e) {
                return "stale";
            }
        }).toList());
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(stored().version()).isEqualTo(1);
    }
}
