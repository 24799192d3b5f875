package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/** Occurrences planned per resolved lead body: the body's unit code, the unit's reports, re-planning. */
@TiendoTest
class BodyOccurrencesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);

    @Autowired JdbcClient jdbc;
    @Autowired TaskOccurrenceService service;

    @Test
    void aTaskIsPlannedForItsLeadBodyAndFallsBackToTheOwningUnit() {
        long province = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
        long p = jdbc.sql("INSERT INTO programme (number, org_unit_id, level) VALUES ('S9-BODY-OCC/TU', ?, 'PROVINCE') RETURNING id")
                .param(province).query(Long.class).single();
        long task = jdbc.sql("""
                INSERT INTO task (programme_id, ordinal, code, title, lead, timeframe_text, timeframe_kind, timeframe_end)
                VALUES (?, 1, 'A', 'Rà soát đội ngũ giáo viên', ?, 'Quý III năm 2026', 'DEADLINE', DATE '2026-09-30') RETURNING id""")
                .param(p).param(new String[] {"Sở GD&ĐT"}).query(Long.class).single();

        assertThat(service.list(p, null, AS_OF)).extracting(l -> l.view().unit() + "|" + l.view().body() + "|" + l.view().status())
                .containsExactly("12|Sở Giáo dục và Đào tạo|overdue");
        assertThat(service.list(p, "12", AS_OF)).hasSize(1);
        assertThat(service.plan(p)).as("re-planning changes nothing").isZero();

        // a report typed for the province in the entry sheet counts for its body
        jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, reported_by, reported_at)
                VALUES (?, ?, '2026', 'DONE', 100, 'test', ?)""")
                .param(task).param(province)
                .param(ZonedDateTime.of(2026, 9, 20, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime()).update();
        assertThat(service.list(p, null, AS_OF)).extracting(l -> l.view().status()).containsExactly(DueState.DONE_ON_TIME);

        // the lead cleared: planned for the owning unit, the body's unreported occurrence removed
        jdbc.sql("UPDATE task SET lead = '{}' WHERE id = ?").param(task).update();
        assertThat(service.plan(p)).isEqualTo(2);
        assertThat(service.list(p, null, AS_OF)).extracting(l -> l.view().unit() + "|" + l.view().body() + "|" + l.view().status())
                .containsExactly("12|null|done-on-time");
    }
}
