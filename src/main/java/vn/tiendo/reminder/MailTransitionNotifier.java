package vn.tiendo.reminder;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tiendo.dataapproval.NotificationStore;
import vn.tiendo.dataapproval.TransitionNotice;
import vn.tiendo.dataapproval.TransitionNotifier;

/**
 * The e-mail channel of the reporting cycle: every transition (submitted, approved, returned, unlocked, accepted as
 * missing and withdrawn) is also mailed to the same people the in-app notification goes to, when a mail host is set
 * ({@code tiendo.mail.*}). Mail leaves after the transition commits, so a rolled-back transition sends nothing; a mail
 * server that refuses is logged and never undoes the transition (the in-app notification is there either way).
 */
@Component
public class MailTransitionNotifier implements TransitionNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailTransitionNotifier.class);
    private static final int SUBJECT_MAX = 140;

    private final NotificationStore recipients;
    private final ReminderMailer mailer;

    public MailTransitionNotifier(NotificationStore recipients, ReminderMailer mailer) {
        this.recipients = recipients;
        this.mailer = mailer;
    }

    @Override
    public void notify(TransitionNotice notice) {
        if (!mailer.enabled()) {
            return;
        }
        List<String> to = recipients.recipients(notice).stream().map(NotificationStore.Recipient::email)
                .filter(e -> e != null && e.contains("@")).distinct().toList();
        if (to.isEmpty()) {
            return;
        }
        Runnable send = () -> to.forEach(address -> sendOne(address, notice));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void sendOne(String address, TransitionNotice notice) {
        String message = notice.message();
        String subject = "[Tiến Độ] " + (message.length() > SUBJECT_MAX ? message.substring(0, SUBJECT_MAX - 1) + "…" : message);
        try {
            mailer.send(address, subject, message, "Xem báo cáo kỳ", notice.link());
        } catch (RuntimeException e) {
            log.warn("Không gửi được thư báo cáo kỳ tới {}: {}", address, e.getMessage());
        }
    }
}
