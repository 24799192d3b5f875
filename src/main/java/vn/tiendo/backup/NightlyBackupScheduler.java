package vn.tiendo.backup;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks every {@code tiendo.backup.check} whether the day's backup is due, in the web application only and
 * unless {@code tiendo.backup.nightly=false}. Several servers may all look: the claim in {@code backup_run}
 * lets one of them take the backup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
public class NightlyBackupScheduler implements SchedulingConfigurer {

    /** Counts the scheduler's looks (Prometheus {@code tiendo_scheduler_runs_total}, tags {@code job}, {@code outcome}). */
    public static final String RUNS = "tiendo.scheduler.runs";

    private final NightlyBackup backup;
    private final NightlyBackupProperties properties;
    private final MeterRegistry meters;

    public NightlyBackupScheduler(NightlyBackup backup, NightlyBackupProperties properties, MeterRegistry meters) {
        this.backup = backup;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.nightly()) {
            registrar.addFixedDelayTask(this::runSafely, properties.check());
        }
    }

    private void runSafely() {
        try {
            String outcome = backup.runIfDue().map(run -> run.ok() ? "success" : "failure").orElse("not_due");
            meters.counter(RUNS, "job", "backup", "outcome", outcome).increment();
        } catch (RuntimeException e) {
            meters.counter(RUNS, "job", "backup", "outcome", "failure").increment();
            org.slf4j.LoggerFactory.getLogger(NightlyBackupScheduler.class).error("Không kiểm tra được lịch sao lưu", e);
        }
    }
}
