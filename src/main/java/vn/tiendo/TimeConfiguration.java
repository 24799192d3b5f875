package vn.tiendo;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now": every decision that depends on today's date or the current time (the year a
 * dashboard opens on, whether an account is still locked) asks this clock, in Vietnam's time zone.
 * Tests replace it with a clock they can set.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Vietnam's time zone (giờ Việt Nam, UTC+7). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
