package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Lockout follows the injected clock: the 5th wrong password in a row locks the account for exactly 15
 * minutes of that clock, and the lock ends when the clock has moved on. The service is built here over the
 * real store and database with a clock the test moves.
 */
@TiendoTest
class LockoutTest {

    /** A clock that stands still until moved. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired ApplicationContext context;
    @Autowired UserStore store;
    @Autowired PasswordEncoder encoder;
    @Autowired OrgUnitRepository units;
    @Autowired AuditLog audit;
    @Autowired AuditContext auditContext;
    @Autowired GrantCache grantCache;
    @Autowired ApiTokenRepository tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void theFifthFailureLocksForFifteenMinutesOfTheClock() {
        // a date far from the real one: the lock must not depend on the system clock
        Instant start = Instant.parse("2031-03-01T02:00:00Z");
        MovingClock clock = new MovingClock(start);
        UserService users = new UserService(store, encoder, units, audit, auditContext, grantCache, tokens, clock);
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "12");

        for (int i = 1; i < UserService.MAX_FAILED_ATTEMPTS; i++) {
            assertThat(users.recordFailedLogin(user.username())).isEqualTo(i);
        }
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).isTrue();
        assertThat(users.recordFailedLogin(user.username())).isEqualTo(5);

        UserAccount locked = users.findByUsername(user.username()).orElseThrow();
        assertThat(locked.lockedUntil().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(users.lockedNow(locked)).isTrue();
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOCK' AND object_id = ?")
                .param(Long.toString(user.id())).query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).as("14:59 later").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).as("15:01 later").isTrue();
        assertThat(users.lockedNow(users.findByUsername(user.username()).orElseThrow())).isFalse();

        // a successful login starts the count again
        users.resetFailedLogins(user.id());
        assertThat(users.recordFailedLogin(user.username())).isEqualTo(1);
        assertThat(users.findByUsername(user.username()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void aNewPasswordEndsTheLockAndIsStampedWithTheClock() {
        Instant start = Instant.parse("2031-04-01T02:00:00Z");
        UserService users = new UserService(store, encoder, units, audit, auditContext, grantCache, tokens, new MovingClock(start));
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "12");
        for (int i = 0; i < UserService.MAX_FAILED_ATTEMPTS; i++) {
            users.recordFailedLogin(user.username());
        }
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).isFalse();

        users.changePassword(user.id(), "Mat-khau-moi-2031");
        assertThat(users.principal(user.username()).orElseThrow().isAccountNonLocked()).isTrue();
        assertThat(users.passwordMatches(user.id(), "Mat-khau-moi-2031")).isTrue();
        assertThat(users.passwordMatches(user.id(), user.password())).isFalse();
        assertThat(jdbc.sql("SELECT password_changed_at FROM app_user WHERE id = ?").param(user.id())
                .query(OffsetDateTime.class).single().withOffsetSameInstant(ZoneOffset.UTC).toInstant()).isEqualTo(start);
    }
}
