package vn.tiendo.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.TaskReport;

/** SQL access to task progress reports (bảng task_report) and the tasks they concern. */
@Repository
public class TaskReportRepository {

    private static final String REPORT = "task_id, org_unit_id, period, status, progress_percent, note, version, reported_by, reported_at";

    /** Tasks with the report of one unit (first parameter) for one period (second parameter). */
    private static final String LINES = """
            SELECT t.id, t.programme_id, p.org_unit_id AS owner, t.code, t.title, t.timeframe_text,
                   r.task_id, r.org_unit_id, r.period, r.status, r.progress_percent, r.note, r.version, r.reported_by, r.reported_at
              FROM task t JOIN programme p ON p.id = t.programme_id
              LEFT JOIN task_report r ON r.task_id = t.id AND r.org_unit_id = ? AND r.period = ?""";

    private final JdbcClient jdbc;

    public TaskReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Number of demo task reports (dữ liệu minh họa), or of real ones. */
    int count(boolean demo) {
        return jdbc.sql("SELECT count(*) FROM task_report WHERE demo = ?").param(demo).query(Integer.class).single();
    }

    /** Deletes every demo task report; returns how many. */
    int deleteDemo() {
        return jdbc.sql("DELETE FROM task_report WHERE demo").update();
    }

    /** The programme's tasks with the unit's report for the period. */
    public List<TaskLine> lines(long programmeId, long unitId, Period period) {
        return jdbc.sql(LINES + " WHERE t.programme_id = ? ORDER BY t.ordinal")
                .param(unitId).param(period.code()).param(programmeId)
                .query((rs, i) -> line(rs)).list();
    }

    public Optional<TaskLine> line(long taskId, long unitId, Period period) {
        return jdbc.sql(LINES + " WHERE t.id = ?")
                .param(unitId).param(period.code()).param(taskId).query((rs, i) -> line(rs)).optional();
    }

    Optional<TaskReport> find(long taskId, long unitId, Period period) {
        return jdbc.sql("SELECT " + REPORT + " FROM task_report WHERE task_id = ? AND org_unit_id = ? AND period = ?")
                .param(taskId).param(unitId).param(period.code()).query((rs, i) -> report(rs)).optional();
    }

    Optional<TaskReport> insert(TaskReport r) {
        return jdbc.sql("INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, note, version, reported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (task_id, org_unit_id, period) DO NOTHING RETURNING " + REPORT)
                .param(r.taskId()).param(r.orgUnitId()).param(r.period().code()).param(r.status().name()).param(r.progressPercent())
                .param(r.note()).param(r.reportedBy()).query((rs, i) -> report(rs)).optional();
    }

    /** Writes {@code r} over the report still at {@code version}; empty when the version moved on meanwhile (see {@link OptimisticSave}). */
    Optional<TaskReport> update(TaskReport r, int version) {
        return jdbc.sql("UPDATE task_report SET status = ?, progress_percent = ?, note = ?, version = version + 1, reported_by = ?,"
                        + " reported_at = now() WHERE task_id = ? AND org_unit_id = ? AND period = ? AND version = ? RETURNING " + REPORT)
                .param(r.status().name()).param(r.progressPercent()).param(r.note()).param(r.reportedBy())
                .param(r.taskId()).param(r.orgUnitId()).param(r.period().code()).param(version).query((rs, i) -> report(rs)).optional();
    }

    private static TaskLine line(ResultSet rs) throws SQLException {
        rs.getLong("task_id");
        TaskReport report = rs.wasNull() ? null : report(rs);
        return new TaskLine(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("owner"), rs.getString("code"), rs.getString("title"),
                rs.getString("timeframe_text"), report);
    }

    private static TaskReport report(ResultSet rs) throws SQLException {
        Integer progress = (Integer) rs.getObject("progress_percent");
        return new TaskReport(rs.getLong("task_id"), rs.getLong("org_unit_id"), Period.parse(rs.getString("period")),
                TaskReport.Status.valueOf(rs.getString("status")), progress, rs.getString("note"), rs.getInt("version"),
                rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant());
    }
}
