package vn.tiendo.web.approval;

import vn.tiendo.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.reportingschedule.CutOffWindow;
import vn.tiendo.reportingschedule.ReportingSchedule;
import vn.tiendo.reportingschedule.ScheduleRefusedException;
import vn.tiendo.reportingschedule.ScheduleService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Báo cáo 9 tháng: code 2026N9 (January–September), cut-off 15/12 → 14/9, only when the programme's schedule has it. */
@TiendoTest
class NineMonthReportTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ScheduleService schedules;
    @Autowired
    JdbcClient jdbc;

    EntryFixtures.Saved p;
    ApiClient commune;

    @BeforeEach
    void setUp() {
        p = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc));
        commune = new ApiClient("http://localhost:" + port, TestUsers.bearerToken(context, TestUsers.create(context, Role.REPORTER, "03390")));
    }

    @Test
    void theNineMonthsHaveTheirOwnCodeAndCutOffWindow() {
        Period nine = Period.parse("2026N9");
        assertThat(nine).isEqualTo(Period.nineMonths(2026));
        assertThat(nine.code()).isEqualTo("2026N9");
        assertThat(nine.label()).isEqualTo("9 tháng đầu năm 2026");
        assertThat(nine.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(nine.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(nine).isNotEqualTo(Period.quarter(2026, 3));
        assertThat(CutOffWindow.of(nine)).isEqualTo(new CutOffWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 14)));
        assertThatThrownBy(() -> Period.parse("2026N8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusedUntilTheScheduleIncludesItThenReportedWithItsDeadlines() {
        ApiClient.Answer refused = commune.get("/api/v1/reports/" + p.id() + "/03390/2026N9");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).isEqualTo("Kỳ 2026N9 (9 tháng đầu năm 2026) không có trong lịch báo cáo của chương trình "
                + p.number() + "; lịch báo cáo gồm: 6 tháng, năm.");
        assertThat(schedules.schedule(p.id()).rules()).extracting(ReportingSchedule.Rule::type)
                .containsExactly(Period.Type.QUARTER, Period.Type.HALF_YEAR, Period.Type.NINE_MONTHS, Period.Type.YEAR);

        CurrentActor.runAs("quan-tri", () -> {
            schedules.updateRules(p.id(), List.of(new ReportingSchedule.Rule(Period.Type.HALF_YEAR, true, 2, 5),
                    new ReportingSchedule.Rule(Period.Type.NINE_MONTHS, true, 2, 5), new ReportingSchedule.Rule(Period.Type.YEAR, true, 2, 5)));
            return null;
        });
        assertThat(schedules.schedule(p.id()).enabledLabels()).isEqualTo("6 tháng, 9 tháng, năm");
        // 14/09/2026 is a Monday: communes Wednesday 16/09, provinces Monday 21/09
        assertThat(schedules.deadline(p.id(), Period.nineMonths(2026), OrgUnit.Level.COMMUNE)).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(schedules.deadline(p.id(), Period.nineMonths(2026), OrgUnit.Level.PROVINCE)).isEqualTo(LocalDate.of(2026, 9, 21));
        ApiClient.Answer report = commune.get("/api/v1/reports/" + p.id() + "/03390/2026N9");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text("state")).isEqualTo("draft");
        assertThat(report.text("deadline")).isEqualTo("2026-09-16");
        assertThat(commune.post("/api/v1/reports/" + p.id() + "/03390/2026N9/submit", Map.of("reason", "Số liệu 9 tháng chưa đủ"))
                .text("state")).isEqualTo("submitted");

        assertThatThrownBy(() -> schedules.setDeadline(p.id(), "2026N9", OrgUnit.Level.COMMUNE, LocalDate.of(2026, 9, 10)))
                .isInstanceOf(ScheduleRefusedException.class)
                .hasMessage("Hạn nộp 10/09/2026 của kỳ 2026N9 phải sau thời điểm chốt số liệu 14/09/2026 ít nhất 1 ngày làm việc"
                        + " (Nghị định 09/2019/NĐ-CP).");
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_deadline WHERE programme_id = ?").param(p.id()).query(Integer.class).single())
                .isZero();
    }
}
