package vn.tiendo.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.task.WorkItem.Reported;

/**
 * SQL of progress reports on task occurrences: the task_report row whose period is the occurrence key, its
 * history (task_report_history, one row per saved version) and its evidence files (task_evidence).
 */
@Repository
public class OccurrenceReportStore {

    private static final String REPORT = "id, period, status, progress_percent, completed_on, note, version, reported_by, reported_at";

    private final JdbcClient jdbc;

    public OccurrenceReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values an officer sets on a report. */
    record Wanted(long taskId, long unitId, String key, String status, int percent, LocalDate completedOn, String note,
                  String reportedBy) {
    }

    /** An evidence file's description (without its content). */
    public record EvidenceInfo(long id, long reportId, int reportVersion, String fileName, String mediaType, long sizeBytes,
                               String sha256, String uploadedBy, Instant uploadedAt) {
    }

    /** An evidence file with its content and the unit of its report. */
    public record EvidenceFile(EvidenceInfo info, long unitId, byte[] content) {
    }

    Optional<Reported> find(long taskId, long unitId, String key) {
        return jdbc.sql("SELECT " + REPORT + " FROM task_report WHERE task_id = ? AND org_unit_id = ? AND period = ?")
                .param(taskId).param(unitId).param(key).query((rs, i) -> report(rs)).optional();
    }

    Optional<Reported> insert(Wanted w) {
        return jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, completed_on, note, version, reported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (task_id, org_unit_id, period) DO NOTHING RETURNING\s""" + REPORT)
                .param(w.taskId()).param(w.unitId()).param(w.key()).param(w.status()).param(w.percent()).param(w.completedOn())
                .param(w.note()).param(w.reportedBy()).query((rs, i) -> report(rs)).optional();
    }

    /** Writes {@code w} over the report still at {@code version}; empty when it moved on meanwhile. */
    Optional<Reported> update(Wanted w, long reportId, int version) {
        return jdbc.sql("""
                UPDATE task_report SET status = ?, progress_percent = ?, completed_on = ?, note = ?, version = version + 1,
                       reported_by = ?, reported_at = now(), demo = FALSE
                 WHERE id = ? AND version = ? RETURNING\s""" + REPORT)
                .param(w.status()).param(w.percent()).param(w.completedOn()).param(w.note()).param(w.reportedBy())
                .param(reportId).param(version).query((rs, i) -> report(rs)).optional();
    }

    /** Keeps the saved version in the history. */
    void history(Reported r) {
        jdbc.sql("""
                INSERT INTO task_report_history (task_report_id, version, status, progress_percent, completed_on, note, reported_by, reported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_report_id, version) DO NOTHING""")
                .param(r.id()).param(r.version()).param(r.status()).param(r.percent()).param(r.completedOn()).param(r.note())
                .param(r.reportedBy()).param(java.sql.Timestamp.from(r.reportedAt())).update();
    }

    /** Every saved version of the report, newest first. */
    public List<Reported> history(long reportId) {
        return jdbc.sql("""
                SELECT id, NULL AS period, status, progress_percent, completed_on, note, version, reported_by, reported_at
                  FROM task_report_history WHERE task_report_id = ? ORDER BY version DESC""")
                .param(reportId).query((rs, i) -> report(rs)).list();
    }

    EvidenceInfo addEvidence(long reportId, int version, String fileName, EvidenceType type, byte[] content, String sha256,
                             String by) {
        return jdbc.sql("""
                INSERT INTO task_evidence (task_report_id, report_version, file_name, media_type, size_bytes, sha256, content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id, task_report_id, report_version, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at""")
                .param(reportId).param(version).param(fileName).param(type.mediaType()).param((long) content.length).param(sha256)
                .param(content).param(by).query((rs, i) -> evidence(rs)).single();
    }

    /** The report's evidence files, oldest first. */
    public List<EvidenceInfo> evidence(long reportId) {
        return jdbc.sql("""
                SELECT id, task_report_id, report_version, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
                  FROM task_evidence WHERE task_report_id = ? ORDER BY id""")
                .param(reportId).query((rs, i) -> evidence(rs)).list();
    }

    Optional<EvidenceFile> evidenceFile(long evidenceId) {
        return jdbc.sql("""
                SELECT e.id, e.task_report_id, e.report_version, e.file_name, e.media_type, e.size_bytes, e.sha256, e.uploaded_by,
                       e.uploaded_at, e.content, r.org_unit_id
                  FROM task_evidence e JOIN task_report r ON r.id = e.task_report_id WHERE e.id = ?""")
                .param(evidenceId).query((rs, i) -> new EvidenceFile(evidence(rs), rs.getLong("org_unit_id"), rs.getBytes("content")))
                .optional();
    }

    private static EvidenceInfo evidence(ResultSet rs) throws SQLException {
        return new EvidenceInfo(rs.getLong("id"), rs.getLong("task_report_id"), rs.getInt("report_version"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static Reported report(ResultSet rs) throws SQLException {
        return new Reported(rs.getLong("id"), rs.getString("period"), rs.getString("status"), (Integer) rs.getObject("progress_percent"),
                rs.getObject("completed_on", LocalDate.class), rs.getString("note"), rs.getInt("version"), rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant());
    }
}
