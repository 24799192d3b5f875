package vn.tiendo.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.TiendoTest;
import vn.tiendo.dataapproval.NotificationStore;
import vn.tiendo.dataapproval.TransitionNotice;

/** A reporting transition is mailed to the approvers above after it commits, and not at all when it rolls back. */
@TiendoTest
class MailTransitionNotifierTest {

    @Autowired JdbcClient jdbc;
    @Autowired NotificationStore recipients;
    @Autowired PlatformTransactionManager transactions;

    GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSubmissionIsMailedToTheApproverAboveOnlyOnceItCommits() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = "duyet-" + tag + "@tinh.test";
        long approver = jdbc.sql("INSERT INTO app_user (username, display_name, email, password_hash) VALUES (?, ?, ?, 'x') RETURNING id")
                .param("duyet-" + tag).param("Cán bộ phê duyệt").param(address).query(Long.class).single();
        long province = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
        long commune = jdbc.sql("SELECT id FROM org_unit WHERE code = '03390'").query(Long.class).single();
        jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) VALUES (?, 'APPROVER', ?, 'test')")
                .param(approver).param(province).update();
        MailTransitionNotifier mail = new MailTransitionNotifier(recipients, new ReminderMailer(
                new MailSettings("127.0.0.1", port, false, null, null, "baocao@tiendo.test", "http://tiendo.test")));
        TransitionNotice notice = new TransitionNotice("SUBMIT", TransitionNotice.Audience.APPROVERS_ABOVE, 1, commune, province,
                "2026S1", "binhlu.baocao", "Xã Bình Lư đã gửi báo cáo kỳ 6 tháng đầu năm 2026 của " + tag, "/bao-cao/1/03390/2026S1");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            mail.notify(notice);
            status.setRollbackOnly();
        });
        assertThat(smtp.getReceivedMessages()).as("a rolled-back transition sends nothing").isEmpty();

        tx.executeWithoutResult(status -> {
            mail.notify(notice);
            assertThat(smtp.getReceivedMessages()).as("nothing leaves before the commit").isEmpty();
        });
        MimeMessage sent = smtp.getReceivedMessages()[0];
        assertThat(sent.getAllRecipients()[0].toString()).isEqualTo(address);
        assertThat(sent.getSubject()).isEqualTo("[Tiến Độ] Xã Bình Lư đã gửi báo cáo kỳ 6 tháng đầu năm 2026 của " + tag);
        assertThat(GreenMailUtil.getBody(sent).replace("=\r\n", "")).contains("http://tiendo.test/bao-cao/1/03390/2026S1");
    }

    @Test
    void withoutAMailHostNothingIsSentAndNothingFails() {
        MailTransitionNotifier mail = new MailTransitionNotifier(recipients,
                new ReminderMailer(new MailSettings(null, null, null, null, null, null, null)));
        mail.notify(new TransitionNotice("SUBMIT", TransitionNotice.Audience.APPROVERS_ABOVE, 1, 1, null, "2026", null, "x", "/"));
    }
}
