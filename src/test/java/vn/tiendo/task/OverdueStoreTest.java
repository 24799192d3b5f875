package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.storage.OrgUnitRepository;

/** The SQL overdue list and counts agree with the due rules: overdue, not ongoing, not due yet, not done. */
@TiendoTest
class OverdueStoreTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired OverdueStore overdue;
    @Autowired OrgUnitRepository units;

    @Test
    void aCommunePlanHasItsOverdueTaskListedAndCountedUnderItsProvince() {
        String commune = jdbc.sql("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code DESC OFFSET 27 LIMIT 1")
                .query(String.class).single();
        TaskFixtures.Plan plan = TaskFixtures.commune(context, commune);
        var unit = units.findByCode(commune).orElseThrow();
        List<Long> ids = overdue.within(unit.id(), plan.today(), 1000).stream().filter(o -> o.programmeId() == plan.id())
                .map(OverdueStore.Overdue::occurrenceId).toList();
        assertThat(ids).containsExactly(plan.overdue());
        long before = count(unit.parentId(), commune, plan);

        jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, reported_by)
                SELECT task_id, org_unit_id, 'once', 'DONE', 100, 'test' FROM task_occurrence WHERE id = ?""").param(plan.overdue()).update();
        assertThat(overdue.within(unit.id(), plan.today(), 1000)).noneMatch(o -> o.programmeId() == plan.id());
        assertThat(count(unit.parentId(), commune, plan)).isEqualTo(before - 1);
        assertThat(overdue.within(unit.id(), plan.today().plusDays(11), 1000).stream().filter(o -> o.programmeId() == plan.id())
                .map(OverdueStore.Overdue::occurrenceId)).containsExactly(plan.dueSoon());
    }

    long count(long provinceId, String commune, TaskFixtures.Plan plan) {
        return overdue.byChild(provinceId, plan.today()).stream().filter(c -> c.code().equals(commune)).findFirst().orElseThrow()
                .overdue();
    }
}
