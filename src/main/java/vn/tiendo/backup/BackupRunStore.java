package vn.tiendo.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code backup_run}: the claim of a day's backup and its outcome. */
@Repository
public class BackupRunStore {

    private final JdbcClient jdbc;

    public BackupRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the backup of {@code day} for {@code node}: true for exactly one caller, however many schedulers
     * fire at once. A run left RUNNING for six hours (its server was killed) may be claimed again.
     */
    public boolean claim(LocalDate day, String node, Instant now) {
        return jdbc.sql("""
                INSERT INTO backup_run (run_date, status, claimed_by, started_at) VALUES (?, 'RUNNING', ?, ?)
                ON CONFLICT (run_date) DO UPDATE SET status = 'RUNNING', claimed_by = EXCLUDED.claimed_by,
                       started_at = EXCLUDED.started_at, finished_at = NULL, file = NULL, size_bytes = NULL,
                       duration_ms = NULL, error = NULL
                 WHERE backup_run.status = 'RUNNING' AND backup_run.started_at < EXCLUDED.started_at - INTERVAL '6 hours'""")
                .param(day).param(node).param(Timestamp.from(now)).update() == 1;
    }

    public void finish(LocalDate day, boolean ok, String file, Long size, long durationMs, String error, Instant now) {
        jdbc.sql("""
                UPDATE backup_run SET status = ?, finished_at = ?, file = ?, size_bytes = ?, duration_ms = ?, error = ?
                 WHERE run_date = ?""")
                .param(ok ? "OK" : "FAILED").param(Timestamp.from(now)).param(file).param(size).param(durationMs)
                .param(error).param(day).update();
    }

    public List<BackupRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM backup_run ORDER BY run_date DESC LIMIT ?").param(limit).query(BackupRunStore::row).list();
    }

    public Optional<BackupRun> lastSuccessful() {
        return jdbc.sql("SELECT * FROM backup_run WHERE status = 'OK' ORDER BY run_date DESC LIMIT 1")
                .query(BackupRunStore::row).optional();
    }

    public Optional<BackupRun> find(LocalDate day) {
        return jdbc.sql("SELECT * FROM backup_run WHERE run_date = ?").param(day).query(BackupRunStore::row).optional();
    }

    private static BackupRun row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new BackupRun(rs.getObject("run_date", LocalDate.class), rs.getString("status"), rs.getString("claimed_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("file"), rs.getObject("size_bytes", Long.class), rs.getObject("duration_ms", Long.class),
                rs.getString("error"));
    }
}
