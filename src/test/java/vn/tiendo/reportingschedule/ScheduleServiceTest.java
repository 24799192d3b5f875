package vn.tiendo.reportingschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeService;

/** Administrators change a programme's schedule; bad deadlines are refused and nothing is stored. */
@TiendoTest
class ScheduleServiceTest {

    @Autowired
    ScheduleService schedules;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    long programme;

    @BeforeEach
    void programme() {
        programme = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc)).id();
    }

    @Test
    void quartersCanBeSwitchedOnAndTheChangeIsAudited() {
        assertThatThrownBy(() -> schedules.period(programme, "2026Q3")).isInstanceOf(ScheduleRefusedException.class);
        CurrentActor.runAs("quan-tri", () -> {
            schedules.updateRules(programme, List.of(new ReportingSchedule.Rule(Period.Type.QUARTER, true, 1, 3),
                    new ReportingSchedule.Rule(Period.Type.HALF_YEAR, true, 2, 5), new ReportingSchedule.Rule(Period.Type.YEAR, false, 2, 5)));
            return null;
        });
        assertThat(schedules.period(programme, "2026Q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(schedules.deadline(programme, Period.quarter(2026, 3), OrgUnit.Level.COMMUNE)).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThatThrownBy(() -> schedules.period(programme, "2026")).hasMessageContaining("lịch báo cáo gồm: quý, 6 tháng.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'reporting_schedule' AND object_id = ?")
                .param(Long.toString(programme)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDeadlineBeforeTheCutOffOrProvinceBeforeCommuneIsRefused() {
        assertThatThrownBy(() -> schedules.setDeadline(programme, "2026S1", OrgUnit.Level.COMMUNE, LocalDate.of(2026, 6, 10)))
                .isInstanceOf(ScheduleRefusedException.class)
                .hasMessage("Hạn nộp 10/06/2026 của kỳ 2026S1 phải sau thời điểm chốt số liệu 14/06/2026 ít nhất 1 ngày làm việc"
                        + " (Nghị định 09/2019/NĐ-CP).");
        assertThatThrownBy(() -> schedules.setDeadline(programme, "2026S1", OrgUnit.Level.COMMUNE, LocalDate.of(2026, 6, 14)))
                .hasMessageContaining("ít nhất 1 ngày làm việc");
        assertThatThrownBy(() -> schedules.setDeadline(programme, "2026S1", OrgUnit.Level.PROVINCE, LocalDate.of(2026, 6, 15)))
                .hasMessage("Hạn nộp của cấp xã phải trước hạn nộp của cấp tỉnh (kỳ 2026S1: 16/06/2026 / 15/06/2026).");
        assertThatThrownBy(() -> schedules.setDeadline(programme, "2026Q2", OrgUnit.Level.COMMUNE, LocalDate.of(2026, 6, 20)))
                .hasMessageContaining("không có trong lịch báo cáo");
        assertThatThrownBy(() -> schedules.updateRules(programme, List.of(new ReportingSchedule.Rule(Period.Type.YEAR, true, 0, 5))))
                .hasMessageContaining("ít nhất 1 ngày làm việc");
        assertThatThrownBy(() -> schedules.updateRules(programme, List.of(new ReportingSchedule.Rule(Period.Type.YEAR, true, 3, 3))))
                .hasMessageContaining("phải sau hạn nộp của cấp xã");
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_deadline WHERE programme_id = ?").param(programme).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_schedule WHERE programme_id = ?").param(programme).query(Integer.class).single())
                .isZero();

        CurrentActor.runAs("quan-tri", () -> {
            schedules.setDeadline(programme, "2026S1", OrgUnit.Level.COMMUNE, LocalDate.of(2026, 6, 18));
            return null;
        });
        assertThat(schedules.deadline(programme, Period.halfYear(2026, 1), OrgUnit.Level.COMMUNE)).isEqualTo(LocalDate.of(2026, 6, 18));
    }
}
