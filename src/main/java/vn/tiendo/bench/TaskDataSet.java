package vn.tiendo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programmes.ProgrammeService;

/**
 * A synthetic national task set (nhiệm vụ mô phỏng): a national programme of N yearly tasks, each expanding to every one
 * of the 3,321 communes for 2025–2030 (40 tasks: 797,040 occurrences), task i due on day 9·i of its year; per commune a
 * head (PROGRAMME_OWNER on the commune) and an officer named responsible; reports on the occurrences due before the
 * as-of day (65 % done, 15 % in progress, 20 % none). Written with INSERT … SELECT; deterministic (setseed). Never used
 * by tests.
 */
@Component
public class TaskDataSet {

    public static final String NUMBER = "BENCH-NV/MP";
    static final String USER_PREFIX = "bench-nv-";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;

    public TaskDataSet(JdbcClient jdbc, ProgrammeService programmes) {
        this.jdbc = jdbc;
        this.programmes = programmes;
    }

    /** What was generated. */
    public record Summary(long programmeId, int tasks, long occurrences, long reports, long users) {
    }

    @Transactional
    public Summary generate(int taskCount, LocalDate asOf) {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        drop();
        long programmeId = programmes.save(programme(taskCount), "bench", true);
        long users = jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, org_unit_id, created_by)
                SELECT :prefix || r.role || '-' || c.code, r.label || ' ' || c.full_name, :prefix || r.role || '-' || c.code || '@bench.test',
                       'x', c.id, 'bench'
                  FROM org_unit c CROSS JOIN (VALUES ('head', 'Bí thư'), ('officer', 'Cán bộ')) r(role, label)
                 WHERE c.level = 'COMMUNE'""").param("prefix", USER_PREFIX).update();
        jdbc.sql("""
                INSERT INTO role_grant (user_id, role, org_unit_id, granted_by)
                SELECT a.id, 'PROGRAMME_OWNER', a.org_unit_id, 'bench' FROM app_user a WHERE a.username LIKE :prefix || 'head-%'""")
                .param("prefix", USER_PREFIX).update();
        long occurrences = jdbc.sql("""
                INSERT INTO task_occurrence (task_id, org_unit_id, occurrence_key, period_label, kind, starts_on, due_on, responsible_user_id)
                SELECT t.id, c.id, y::text, 'Năm ' || y, 'RECURRING', make_date(y, 1, 1), make_date(y, 1, 1) + ((t.k * 9) % 365)::int, a.id
                  FROM (SELECT id, row_number() OVER (ORDER BY ordinal, id) AS k FROM task WHERE programme_id = :programme) t
                 CROSS JOIN org_unit c
                 CROSS JOIN generate_series(2025, 2030) y
                  JOIN app_user a ON a.username = :prefix || 'officer-' || c.code
                 WHERE c.level = 'COMMUNE'""").param("programme", programmeId).param("prefix", USER_PREFIX).update();
        jdbc.sql("SELECT setseed(0.71)").query().singleRow();
        long reports = jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, completed_on, reported_by, reported_at)
                SELECT task_id, org_unit_id, occurrence_key, CASE WHEN x < 0.65 THEN 'DONE' ELSE 'IN_PROGRESS' END,
                       CASE WHEN x < 0.65 THEN 100 ELSE 50 END, CASE WHEN x < 0.65 THEN due_on - 3 END, 'bench', due_on - 3
                  FROM (SELECT o.*, random() AS x FROM task_occurrence o JOIN task t ON t.id = o.task_id
                         WHERE t.programme_id = :programme AND o.due_on < :asOf) s
                 WHERE x < 0.8""").param("programme", programmeId).param("asOf", asOf).update();
        return new Summary(programmeId, taskCount, occurrences, reports, users);
    }

    /** Removes the synthetic programme, its occurrences, reports, reminders and users. */
    @Transactional
    public void drop() {
        String tasks = "SELECT t.id FROM task t JOIN programme p ON p.id = t.programme_id WHERE p.number = :number";
        jdbc.sql("DELETE FROM task_report WHERE task_id IN (" + tasks + ")").param("number", NUMBER).update();
        jdbc.sql("DELETE FROM task_occurrence WHERE task_id IN (" + tasks + ")").param("number", NUMBER).update();
        jdbc.sql("DELETE FROM programme WHERE number = :number").param("number", NUMBER).update();
        jdbc.sql("DELETE FROM app_user WHERE username LIKE :prefix || '%'").param("prefix", USER_PREFIX).update();
    }

    public long programmeId() {
        return jdbc.sql("SELECT id FROM programme WHERE number = ?").param(NUMBER).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("Chưa có bộ nhiệm vụ mô phỏng"));
    }

    private static ProgrammeDocument programme(int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tasks.add(new Task(String.valueOf(i), "Nhiệm vụ mô phỏng", "Nhiệm vụ mô phỏng số " + i + " của các xã, phường",
                    List.of("Đảng ủy các xã, phường"), false, List.of(),
                    new Timeframe("Hằng năm", TimeframeKind.RECURRING, LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), "hằng năm"),
                    null, null, false, i));
        }
        return new ProgrammeDocument(new DocumentInfo(NUMBER, null, "Bộ dữ liệu mô phỏng", new OrgUnitRef("VN", "Cả nước"),
                "chương trình", List.of("71-NQ/TW"), "Chương trình nhiệm vụ mô phỏng toàn quốc để đo hiệu năng"),
                List.of(), tasks, List.of());
    }
}
