package vn.tiendo.backup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The nightly backup of {@code tiendo serve} into {@code DATA_DIR/backups}, {@code tiendo.backup.*}.
 *
 * @param nightly    take the nightly backup (default true; false in the tests, which call the run)
 * @param time       local time of day after which the day's backup is taken (default 02:00)
 * @param zone       time zone of {@code time} (default Asia/Ho_Chi_Minh)
 * @param keepDaily  newest daily backups kept (default 7)
 * @param keepWeekly newest weekly backups kept (default 4)
 * @param check      how often the server looks whether the day's backup is due (default 1 minute)
 * @param dir        folder of the backups (default DATA_DIR/backups)
 */
@ConfigurationProperties(prefix = "tiendo.backup")
public record NightlyBackupProperties(Boolean nightly, LocalTime time, ZoneId zone, Integer keepDaily, Integer keepWeekly,
                                      Duration check, String dir) {

    public NightlyBackupProperties {
        nightly = nightly == null ? Boolean.TRUE : nightly;
        time = time == null ? LocalTime.of(2, 0) : time;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        keepDaily = keepDaily == null ? 7 : keepDaily;
        keepWeekly = keepWeekly == null ? 4 : keepWeekly;
        check = check == null ? Duration.ofMinutes(1) : check;
        if (check.isNegative() || check.isZero()) {
            throw new IllegalArgumentException("Cấu hình sao lưu (tiendo.backup.check) phải dương.");
        }
    }

    public RetentionPolicy retention() {
        return new RetentionPolicy(keepDaily, keepWeekly);
    }
}
