package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.reader.TimeframeParser;
import vn.tiendo.task.TaskOccurrenceService.Listed;

/** Stored occurrences on the real database: planning by key, due state from task_report, re-planning keeps reports. */
@TiendoTest
class TaskOccurrenceServiceTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);

    @Autowired JdbcClient jdbc;
    @Autowired TaskOccurrenceStore store;
    @Autowired TaskOccurrenceService service;
    @Autowired vn.tiendo.bodies.ProgrammeBodies bodies;
    @Autowired TaskAccountabilityStore accountability;

    long unit;

    @BeforeEach
    void unit() {
        unit = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
    }

    /** A programme of Lai Châu with the given tasks (code → time frame text), under a number of its own. */
    long programme(String number, String... codeAndTimeframe) {
        long id = jdbc.sql("INSERT INTO programme (number, org_unit_id, level) VALUES (?, ?, 'PROVINCE') RETURNING id")
                .param(number).param(unit).query(Long.class).single();
        for (int i = 0; i < codeAndTimeframe.length; i += 2) {
            jdbc.sql("INSERT INTO task (programme_id, ordinal, code, title, lead) VALUES (?, ?, ?, ?, ?)")
                    .param(id).param(i).param(codeAndTimeframe[i]).param("Nhiệm vụ " + codeAndTimeframe[i])
                    .param(new String[] {}).update(); // no lead body: planned for the owning unit
            timeframe(id, codeAndTimeframe[i], codeAndTimeframe[i + 1]);
        }
        return id;
    }

    void timeframe(long programmeId, String code, String text) {
        Timeframe t = TimeframeParser.parse(text).timeframe();
        jdbc.sql("""
                UPDATE task SET timeframe_text = ?, timeframe_kind = ?, timeframe_start = ?, timeframe_end = ?, recurrence = ?
                 WHERE programme_id = ? AND code = ?""")
                .param(t.text()).param(t.kind() == null ? null : t.kind().name()).param(t.start()).param(t.end())
                .param(t.recurrence()).param(programmeId).param(code).update();
    }

    long task(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM task WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
    }

    void report(long programmeId, String code, String period, String status, int percent, LocalDate on) {
        jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, reported_by, reported_at)
                VALUES (?, ?, ?, ?, ?, 'kiem-thu', ?)""")
                .param(task(programmeId, code)).param(unit).param(period).param(status).param(percent)
                .param(ZonedDateTime.of(on.atTime(10, 0), VN).toOffsetDateTime()).update();
    }

    List<String> occurrences(long programmeId, String code) {
        return jdbc.sql("SELECT occurrence_key || ' ' || coalesce(due_on::text, '-') FROM task_occurrence WHERE task_id = ?"
                        + " ORDER BY occurrence_key").param(task(programmeId, code)).query(String.class).list();
    }

    static List<String> states(List<Listed> listed, String code) {
        return listed.stream().filter(l -> l.view().code().equals(code))
                .map(l -> l.view().period() + " " + l.view().due() + " " + l.view().status() + " " + l.status().label())
                .toList();
    }

    @Test
    void planningIsIdempotentByKey() {
        long p = programme("906-SVC-PLAN/TU", "A", "Quý III năm 2026", "B", "Quý IV năm 2025 và triển khai thực hiện hằng năm",
                "C", "Thường xuyên", "D", "Khi có văn bản chỉ đạo của Trung ương");
        assertThat(service.plan(p)).isEqualTo(1 + 6 + 6 + 1);
        assertThat(service.plan(p)).isZero();
        assertThat(service.list(p, null, AS_OF)).hasSize(14);
        assertThat(jdbc.sql("SELECT count(*) FROM task_occurrence o JOIN task t ON t.id = o.task_id WHERE t.programme_id = ?")
                .param(p).query(Integer.class).single()).isEqualTo(14);
        assertThat(occurrences(p, "A")).containsExactly("once 2026-09-30");
        assertThat(occurrences(p, "B")).containsExactly("2025 2025-12-31", "2026 2026-12-31", "2027 2027-12-31",
                "2028 2028-12-31", "2029 2029-12-31", "2030 2030-12-31");
        assertThat(states(service.list(p, "12", AS_OF), "D")).containsExactly(
                "Khi có văn bản chỉ đạo của Trung ương null waiting Chờ văn bản");
        assertThat(service.list(p, "03390", AS_OF)).isEmpty();
        assertThatThrownBy(() -> service.list(p, "99999", AS_OF)).isInstanceOf(TaskLookupException.class)
                .hasMessage("Không có đơn vị mã \"99999\"; tìm mã bằng: tiendo units");
    }

    @Test
    void aDoneReportMakesTheOccurrenceDoneOnTimeOrLate() {
        long p = programme("906-SVC-DONE/TU", "A", "Quý III năm 2026", "B", "Quý IV năm 2025 và triển khai thực hiện hằng năm");
        assertThat(states(service.list(p, null, AS_OF), "A"))
                .containsExactly("Quý III năm 2026 2026-09-30 overdue Đang thực hiện quá hạn");
        // a single occurrence counts the latest report of the task in any period (the entry sheet reports per year)
        report(p, "A", "2026", "DONE", 100, LocalDate.of(2026, 9, 30));
        assertThat(states(service.list(p, null, AS_OF), "A"))
                .containsExactly("Quý III năm 2026 2026-09-30 done-on-time Hoàn thành đúng hạn");
        jdbc.sql("UPDATE task_report SET reported_at = ? WHERE task_id = ?")
                .param(ZonedDateTime.of(2026, 10, 1, 0, 30, 0, 0, VN).toOffsetDateTime()).param(task(p, "A")).update();
        assertThat(states(service.list(p, null, AS_OF), "A"))
                .containsExactly("Quý III năm 2026 2026-09-30 done-late Hoàn thành quá hạn");

        // a recurring occurrence counts the report whose period is its key
        report(p, "B", "2025", "DONE", 100, LocalDate.of(2026, 1, 5));
        report(p, "B", "2026", "IN_PROGRESS", 40, LocalDate.of(2026, 10, 1));
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, VN).toInstant(), VN);
        TaskOccurrenceService onDec28 = new TaskOccurrenceService(store, clock, new OccurrencePlanner(), new DueRules(), bodies, accountability);
        assertThat(onDec28.today()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(states(onDec28.list(p, null, null), "B")).containsExactly(
                "Năm 2025 2025-12-31 done-late Hoàn thành quá hạn",
                "Năm 2026 2026-12-31 due-soon Đang thực hiện trong hạn",
                "Năm 2027 2027-12-31 not-due Chưa thực hiện",
                "Năm 2028 2028-12-31 not-due Chưa thực hiện",
                "Năm 2029 2029-12-31 not-due Chưa thực hiện",
                "Năm 2030 2030-12-31 not-due Chưa thực hiện");
    }

    @Test
    void replanningAfterATimeframeChangeKeepsReportsAndMakesNoDuplicates() {
        long p = programme("906-SVC-REPLAN/TU", "A", "Quý III năm 2026", "B", "Quý IV năm 2025 và triển khai thực hiện hằng năm",
                "C", "Năm 2027");
        service.plan(p);
        report(p, "A", "once", "DONE", 100, LocalDate.of(2026, 9, 1));
        report(p, "B", "2026", "IN_PROGRESS", 40, LocalDate.of(2026, 6, 1));

        timeframe(p, "A", "Năm 2027");   // done: keeps its dates
        timeframe(p, "B", "Năm 2026");   // recurring → one deadline; the reported 2026 occurrence stays
        timeframe(p, "C", "Quý II năm 2027");   // open: re-planned
        assertThat(service.plan(p)).isEqualTo(1 + 5 + 1);   // B: "once" added, 2025/2027–2030 removed; C changed
        assertThat(service.plan(p)).isZero();
        service.plan(p);

        assertThat(occurrences(p, "A")).containsExactly("once 2026-09-30");
        assertThat(occurrences(p, "B")).containsExactly("2026 2026-12-31", "once 2026-12-31");
        assertThat(occurrences(p, "C")).containsExactly("once 2027-06-30");
        assertThat(jdbc.sql("SELECT version FROM task_occurrence WHERE task_id = ?").param(task(p, "C"))
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM task_report r JOIN task t ON t.id = r.task_id WHERE t.programme_id = ?")
                .param(p).query(Integer.class).single()).isEqualTo(2);
        assertThat(states(service.list(p, null, AS_OF), "A"))
                .containsExactly("Quý III năm 2026 2026-09-30 done-on-time Hoàn thành đúng hạn");
        assertThat(states(service.list(p, null, AS_OF), "B")).containsExactly(
                "Năm 2026 2026-12-31 not-due Đang thực hiện trong hạn",
                "Năm 2026 2026-12-31 not-due Đang thực hiện trong hạn");
    }

    @Test
    void reportedOccurrencesVetoDeletingTheirTask() {
        long p = programme("906-SVC-VETO/TU", "A", "Quý III năm 2026", "B", "Năm 2027");
        service.plan(p);
        report(p, "A", "once", "IN_PROGRESS", 10, LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM task WHERE programme_id = ?").param(p).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(service.forgetUnreported(p)).isEqualTo(1);
        assertThat(occurrences(p, "A")).containsExactly("once 2026-09-30");
        assertThat(occurrences(p, "B")).isEmpty();
        assertThat(jdbc.sql("DELETE FROM task WHERE programme_id = ? AND code = 'B'").param(p).update()).isEqualTo(1);
    }

    @Test
    void checkUsesTheStoredTask() {
        long p = programme("906-SVC-CHECK/TU", "A", "Khi có văn bản chỉ đạo của Trung ương", "B", "Quý III năm 2026");
        jdbc.sql("UPDATE task SET lead = ? WHERE programme_id = ? AND code = 'A'")
                .param(new String[] {"Tổ công tác liên ngành"}).param(p).update();
        jdbc.sql("UPDATE task SET lead = ? WHERE programme_id = ? AND code = 'B'")
                .param(new String[] {"Sở GD&ĐT"}).param(p).update();
        List<TaskCheck> checks = service.check(p);
        assertThat(checks).extracting(TaskCheck::code).containsExactly("A", "B");
        assertThat(checks.get(0).check().thoiGian().ok()).isFalse();
        assertThat(checks.get(1).check().thoiGian()).isEqualTo(new SixClear.Criterion(true, "Hạn hoàn thành 30/9/2026"));
        assertThat(checks.get(0).check().trachNhiem()).isEqualTo(new SixClear.Criterion(false,
                "\"Tổ công tác liên ngành\" chưa khớp với cơ quan, đơn vị nào trong danh mục"));
        assertThat(checks.get(1).check().trachNhiem()).isEqualTo(new SixClear.Criterion(true,
                "Cơ quan chủ trì: Sở GD&ĐT"));
        assertThatThrownBy(() -> service.check(-1)).isInstanceOf(TaskLookupException.class)
                .hasMessage("Không có văn bản mã -1.");
    }
}
