package vn.tiendo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test configuration: the whole application on a random port, on a real embedded
 * PostgreSQL in a temporary folder. Every Spring test uses it, so the context is started once.
 * The clock is a {@link MutableClock}, back to the real time after each test. Metrics are exported as in
 * production ({@code /actuator/prometheus}; tracing stays off).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {TiendoApplication.class, MutableClock.Configuration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ExtendWith(MutableClock.Reset.class)
public @interface TiendoTest {
}
