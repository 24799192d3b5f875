package vn.tiendo.backup;

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

    private final NightlyBackup backup;
    private final NightlyBackupProperties properties;

    public NightlyBackupScheduler(NightlyBackup backup, NightlyBackupProperties properties) {
        this.backup = backup;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.nightly()) {
            registrar.addFixedDelayTask(this::runSafely, properties.check());
        }
    }

    private void runSafely() {
        try {
            backup.runIfDue();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(NightlyBackupScheduler.class).error("Không kiểm tra được lịch sao lưu", e);
        }
    }
}
