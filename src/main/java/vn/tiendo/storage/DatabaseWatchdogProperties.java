package vn.tiendo.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the web application checks that its embedded PostgreSQL is alive and restarts it if not,
 * {@code tiendo.db-watchdog.period} (default 5 seconds).
 */
@ConfigurationProperties(prefix = "tiendo.db-watchdog")
public record DatabaseWatchdogProperties(Duration period) {

    public DatabaseWatchdogProperties {
        period = period == null ? Duration.ofSeconds(5) : period;
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("tiendo.db-watchdog.period phải dương.");
        }
    }
}
