package vn.tiendo.reminder;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the reminders: the mailer from {@code tiendo.mail.*}, the run from {@code tiendo.reminders.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, ReminderProperties.class})
public class ReminderConfiguration {

    @Bean
    public ReminderMailer reminderMailer(MailSettings settings) {
        return new ReminderMailer(settings);
    }

    @Bean
    public ReminderService reminderService(ReminderStore store, ReminderMailer mailer, ReminderProperties properties, Clock clock,
                                           PlatformTransactionManager transactions) {
        return new ReminderService(store, mailer, properties, clock, transactions);
    }
}
