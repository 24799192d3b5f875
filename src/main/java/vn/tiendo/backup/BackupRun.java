package vn.tiendo.backup;

import java.time.Instant;
import java.time.LocalDate;

/** One nightly backup run as recorded in {@code backup_run}: RUNNING, OK or FAILED. */
public record BackupRun(LocalDate day, String status, String claimedBy, Instant startedAt, Instant finishedAt,
                        String file, Long sizeBytes, Long durationMs, String error) {

    public boolean ok() {
        return "OK".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
