package vn.tiendo.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the reminders for today every {@code tiendo.reminders.interval} in the web application (not in the command-line
 * tools), unless {@code tiendo.reminders.scheduled=false} (the tests call {@link ReminderService#run} with a day).
 * Several app nodes may all run it: the claims in the database keep every reminder to one e-mail.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
public class ReminderScheduler implements SchedulingConfigurer {

    /** The same meter as the nightly backup's ({@code tiendo_scheduler_runs_total}), tag {@code job=reminders}. */
    static final String RUNS = "tiendo.scheduler.runs";

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderService reminders;
    private final ReminderProperties properties;
    private final MeterRegistry meters;

    public ReminderScheduler(ReminderService reminders, ReminderProperties properties, MeterRegistry meters) {
        this.reminders = reminders;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.scheduled()) {
            return;
        }
        registrar.addFixedDelayTask(this::runSafely, properties.interval());
    }

    private void runSafely() {
        try {
            ReminderService.RunResult result = reminders.runToday();
            meters.counter(RUNS, "job", "reminders", "outcome", "success").increment();
            meters.counter("tiendo.reminders.failed").increment(result.failed());
        } catch (RuntimeException e) {
            meters.counter(RUNS, "job", "reminders", "outcome", "failure").increment();
            LOG.error("Lượt nhắc việc thất bại; sẽ chạy lại sau {}", properties.interval(), e);
        }
    }
}
