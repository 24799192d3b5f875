package vn.tiendo.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends one reminder e-mail over SMTP as configured in {@link MailSettings} (UTF-8, plain text). */
public class ReminderMailer {

    private final MailSettings settings;
    private final JavaMailSenderImpl sender;

    public ReminderMailer(MailSettings settings) {
        this.settings = settings;
        this.sender = settings.enabled() ? sender(settings) : null;
    }

    public boolean enabled() {
        return sender != null;
    }

    /** Sends a task reminder; a refused or unreachable server throws a {@link MailException}. */
    public void send(String to, String subject, String body, String link) {
        send(to, subject, body, "Xem và báo cáo tiến độ", link);
    }

    /** Sends a message whose link is introduced by {@code linkLabel}; a refused or unreachable server throws. */
    public void send(String to, String subject, String body, String linkLabel, String link) {
        if (sender == null) {
            throw new IllegalStateException("Chưa cấu hình máy chủ thư (tiendo.mail.host)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body + "\n\n" + linkLabel + ": " + settings.baseUrl() + link
                    + "\n\n-- \nThư tự động của hệ thống Tiến Độ; vui lòng không trả lời thư này.");
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("Không tạo được thư: " + e.getMessage(), e);
        }
    }

    private static JavaMailSenderImpl sender(MailSettings s) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host().strip());
        sender.setPort(s.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties p = sender.getJavaMailProperties();
        if (s.username() != null && !s.username().isBlank()) {
            sender.setUsername(s.username());
            sender.setPassword(s.password());
            p.put("mail.smtp.auth", "true");
        }
        p.put("mail.smtp.starttls.enable", String.valueOf(s.tls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.tls()));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
