package vn.tiendo.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder run (nhắc việc) for a day: first claims, in the database, every reminder due that day (N days before a
 * due date, and on the day an occurrence becomes overdue) with its in-app message; then e-mails the claimed and the
 * retry-due ones, one row locked at a time. Exactly once per occurrence, kind and recipient: the claim is a unique row,
 * and an e-mail is sent only by the transaction holding its row's lock, which marks it SENT before releasing it. A
 * failed attempt leaves it in RETRY with the error and the next try (the delay doubling), FAILED after the last attempt.
 */
public class ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    private final ReminderStore store;
    private final ReminderMailer mailer;
    private final ReminderProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    public ReminderService(ReminderStore store, ReminderMailer mailer, ReminderProperties properties, Clock clock,
                           PlatformTransactionManager transactions) {
        this.store = store;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What a run did. */
    public record RunResult(LocalDate day, int claimed, int sent, int failed, Duration took) {
    }

    /** Runs for today (the application's clock). */
    public RunResult runToday() {
        return run(LocalDate.now(clock));
    }

    public RunResult run(LocalDate day) {
        long start = System.nanoTime();
        Integer claimed = tx.execute(s -> store.claim(day, properties.daysBefore(), properties.overdueCatchUp(), mailer.enabled(),
                clock.instant()));
        int sent = 0;
        int failed = 0;
        if (mailer.enabled()) {
            Boolean outcome;
            while ((outcome = tx.execute(s -> sendNext())) != null) {
                if (outcome) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        RunResult result = new RunResult(day, claimed == null ? 0 : claimed, sent, failed, Duration.ofNanos(System.nanoTime() - start));
        if (result.claimed() + sent + failed > 0) {
            LOG.info("Nhắc việc ngày {}: {} nhắc mới, {} thư đã gửi, {} thư lỗi", day, result.claimed(), sent, failed);
        }
        return result;
    }

    /** Sends the next due e-mail: true when sent, false when it failed, null when none is due. */
    private Boolean sendNext() {
        Optional<ReminderStore.ToSend> next = store.lockNext(clock.instant());
        if (next.isEmpty()) {
            return null;
        }
        ReminderStore.ToSend m = next.get();
        try {
            mailer.send(m.email(), m.subject(), m.body(), m.link());
            store.markSent(m.id(), clock.instant());
            return true;
        } catch (MailException | IllegalStateException e) {
            int attempt = m.attempts() + 1;
            Instant nextTry = attempt >= properties.maxAttempts() ? null
                    : clock.instant().plus(properties.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 20)));
            store.markFailed(m.id(), message(e), nextTry);
            LOG.warn("Gửi thư nhắc việc {} tới {} lỗi (lần {}): {}", m.id(), m.email(), attempt, message(e));
            return false;
        }
    }

    /** Reminders whose e-mail failed (retrying or given up) for occurrences within the units (an administrator's scope). */
    public List<ReminderStore.Failure> failures(Collection<Long> unitIds) {
        return store.failures(unitIds, 500);
    }

    /** An administrator asks to retry a failed reminder (within the units) at the next run. */
    public boolean retryNow(long reminderId, Collection<Long> unitIds) {
        return store.retryNow(reminderId, unitIds, clock.instant()) == 1;
    }

    public boolean mailEnabled() {
        return mailer.enabled();
    }

    private static String message(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
