package vn.tiendo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in tests: the real time in Vietnam's zone until a test sets it
 * ({@link #setDate}, {@link #set}); {@link TiendoTest} puts it back to the real time after every test.
 */
public final class MutableClock extends Clock {

    private volatile Instant fixed;

    /** Fixes the clock at noon of {@code date}, Vietnam time. */
    public void setDate(LocalDate date) {
        set(date.atTime(12, 0).atZone(TimeConfiguration.VIETNAM).toInstant());
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    /** Replaces the application's clock with a {@link MutableClock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        public MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    /** Puts the clock back to the real time after each test. */
    public static class Reset implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(MutableClock.class).reset();
        }
    }
}
