package vn.tiendo.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.reminder.ReminderService;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.OverdueStore;
import vn.tiendo.task.TaskWorkService;

/**
 * Times the task side at national scale on {@link TaskDataSet}: a province's overdue list and the national overdue counts
 * by province (SQL, {@link OverdueStore}), beside the task dashboard that computes due states in Java
 * ({@link TaskWorkService#dashboard}); and the reminder run of a whole day (first run, then the next day).
 */
@Component
public class TaskBenchmark {

    private final JdbcClient jdbc;
    private final OverdueStore overdue;
    private final TaskWorkService work;
    private final ReminderService reminders;
    private final OrgUnitRepository units;
    private final TaskDataSet dataSet;

    public TaskBenchmark(JdbcClient jdbc, OverdueStore overdue, TaskWorkService work, ReminderService reminders, OrgUnitRepository units,
                         TaskDataSet dataSet) {
        this.jdbc = jdbc;
        this.overdue = overdue;
        this.work = work;
        this.reminders = reminders;
        this.units = units;
        this.dataSet = dataSet;
    }

    /** Results (milliseconds unless named otherwise) by name. */
    public Map<String, Object> run(String provinceCode, LocalDate day, int repeats) {
        Map<String, Object> out = new LinkedHashMap<>();
        long programmeId = dataSet.programmeId();
        long province = units.findByCode(provinceCode).orElseThrow().id();
        long nation = units.nation().id();
        out.put("occurrences", jdbc.sql("SELECT count(*) FROM task_occurrence").query(Long.class).single());
        out.put("task_reports", jdbc.sql("SELECT count(*) FROM task_report").query(Long.class).single());
        jdbc.sql("ANALYZE").update();
        out.put("province_overdue_rows", overdue.within(province, day, 1_000_000).size());
        out.put("province_overdue_list_ms", time(repeats, () -> overdue.within(province, day, 1_000_000)));
        out.put("province_overdue_first_page_ms", time(repeats, () -> overdue.within(province, day, 50)));
        out.put("national_overdue_total", overdue.byChild(nation, day).stream().mapToLong(OverdueStore.Count::overdue).sum());
        out.put("national_overdue_by_province_ms", time(repeats, () -> overdue.byChild(nation, day)));
        out.put("province_counts_by_commune_ms", time(repeats, () -> overdue.byChild(province, day)));
        out.put("java_dashboard_province_overdue_today", work.dashboard(programmeId, province).overdue());
        out.put("sql_province_overdue_today", overdue.within(province, work.today(), 1_000_000).size());
        out.put("java_dashboard_province_ms", time(Math.max(3, repeats / 4), () -> work.dashboard(programmeId, province)));
        jdbc.sql("DELETE FROM reminder WHERE occurrence_id IN (SELECT o.id FROM task_occurrence o JOIN task t ON t.id = o.task_id"
                + " WHERE t.programme_id = ?)").param(programmeId).update();
        ReminderService.RunResult first = reminders.run(day);
        out.put("reminder_first_run_claimed", first.claimed());
        out.put("reminder_first_run_ms", round(first.took().toNanos() / 1e6));
        ReminderService.RunResult next = reminders.run(day.plusDays(1));
        out.put("reminder_next_day_claimed", next.claimed());
        out.put("reminder_next_day_ms", round(next.took().toNanos() / 1e6));
        ReminderService.RunResult again = reminders.run(day.plusDays(1));
        out.put("reminder_same_day_again_claimed", again.claimed());
        out.put("reminder_same_day_again_ms", round(again.took().toNanos() / 1e6));
        out.put("mail_enabled", reminders.mailEnabled());
        return out;
    }

    /** Median and p95 of {@code repeats} warm runs (after two warm-up runs), as "median / p95". */
    private static String time(int repeats, Supplier<?> call) {
        call.get();
        call.get();
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            call.get();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return round(t[t.length / 2]) + " / " + round(t[(int) Math.ceil(t.length * 0.95) - 1]);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
