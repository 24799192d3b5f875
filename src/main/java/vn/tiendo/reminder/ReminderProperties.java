package vn.tiendo.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder run (nhắc việc), {@code tiendo.reminders.*}.
 *
 * @param scheduled        run on a timer in the web application (default true; false in the tests, which call the run)
 * @param interval         time between runs (default 1 hour)
 * @param daysBefore       remind this many days before the due date (default 7)
 * @param overdueCatchUp   an occurrence that became overdue up to this many days ago and was not yet reminded (the
 *                         application was down that day) is still reminded (default 7)
 * @param maxAttempts      e-mail attempts before a reminder is marked failed (default 5)
 * @param retryDelay       wait after a failed attempt, doubled each time (default 15 minutes)
 */
@ConfigurationProperties(prefix = "tiendo.reminders")
public record ReminderProperties(Boolean scheduled, Duration interval, Integer daysBefore, Integer overdueCatchUp,
                                 Integer maxAttempts, Duration retryDelay) {

    public ReminderProperties {
        scheduled = scheduled == null ? Boolean.TRUE : scheduled;
        interval = interval == null ? Duration.ofHours(1) : interval;
        daysBefore = daysBefore == null ? 7 : daysBefore;
        overdueCatchUp = overdueCatchUp == null ? 7 : overdueCatchUp;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(15) : retryDelay;
        if (daysBefore < 0 || overdueCatchUp < 0 || maxAttempts < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Cấu hình nhắc việc (tiendo.reminders.*) không hợp lệ: days-before và overdue-catch-up"
                    + " không được âm, max-attempts ít nhất 1, interval phải dương");
        }
    }

    public static ReminderProperties defaults() {
        return new ReminderProperties(null, null, null, null, null, null);
    }
}
