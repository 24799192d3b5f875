package vn.tiendo.storage;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code replica} component of {@code /actuator/health}: always UP (a node whose replica is gone still serves from
 * the primary), with non-secret details anyone may read at {@code /actuator/health/reads}: mode {@code none} |
 * {@code replica} | {@code primary-fallback}, the reason in Vietnamese, the lag, whether the primary answers.
 */
@Component("replica")
public class ReplicaHealthIndicator implements HealthIndicator {

    private final ReadRouting routing;

    public ReplicaHealthIndicator(ReadRouting routing) {
        this.routing = routing;
    }

    @Override
    public Health health() {
        ReadRouting.ReplicaStatus s = routing.status();
        return Health.up().withDetail("mode", s.mode()).withDetail("reason", s.reason())
                .withDetail("lagSeconds", Math.round(s.lagSeconds() * 1000) / 1000.0).withDetail("lagBytes", s.lagBytes())
                .withDetail("primary", s.primaryUp() ? "up" : "down").build();
    }
}
