package vn.tiendo.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderService reminders;
    private final ReminderProperties properties;

    public ReminderScheduler(ReminderService reminders, ReminderProperties properties) {
        this.reminders = reminders;
        this.properties = properties;
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
            reminders.runToday();
        } catch (RuntimeException e) {
            LOG.error("Lượt nhắc việc thất bại; sẽ chạy lại sau {}", properties.interval(), e);
        }
    }
}
