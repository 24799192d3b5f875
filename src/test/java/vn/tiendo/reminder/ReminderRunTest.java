package vn.tiendo.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.task.TaskFixtures;

/**
 * The reminder run against an in-process SMTP server (GreenMail on a free port): recipients, Vietnamese subject, link,
 * the in-app copy, exactly once (also with two concurrent runs), and an SMTP server down then up.
 */
@TiendoTest
class ReminderRunTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired ReminderStore store;
    @Autowired InboxService inbox;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    GreenMail smtp;
    @org.springframework.boot.test.web.server.LocalServerPort int serverPort;

    int port() {
        return serverPort;
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    record Setup(TaskFixtures.Plan plan, String responsible, long responsibleId, String head, long headId) {
    }

    Setup setup(int communeOffset) {
        String commune = jdbc.sql("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code DESC OFFSET ? LIMIT 1")
                .param(communeOffset).query(String.class).single();
        TaskFixtures.Plan plan = TaskFixtures.commune(context, commune);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long responsible = user("nhac-r-" + tag, "r-" + tag + "@xa.test");
        long head = user("nhac-h-" + tag, "h-" + tag + "@xa.test");
        jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) SELECT ?, 'PROGRAMME_OWNER', id, 'test' FROM org_unit WHERE code = ?")
                .param(head).param(commune).update();
        jdbc.sql("UPDATE task_occurrence SET responsible_user_id = ? WHERE id = ?").param(responsible).param(plan.dueSoon()).update();
        return new Setup(plan, "r-" + tag + "@xa.test", responsible, "h-" + tag + "@xa.test", head);
    }

    long nation() {
        return context.getBean(vn.tiendo.storage.OrgUnitRepository.class).nation().id();
    }

    long user(String name, String email) {
        return jdbc.sql("INSERT INTO app_user (username, display_name, email, password_hash) VALUES (?, ?, ?, 'x') RETURNING id")
                .param(name).param("Cán bộ " + name).param(email).query(Long.class).single();
    }

    ReminderService service(int port) {
        MailSettings mail = new MailSettings("127.0.0.1", port, false, null, null, "nhacviec@tiendo.test", "http://tiendo.test");
        return new ReminderService(store, new ReminderMailer(mail), ReminderProperties.defaults(), context.getBean(Clock.class), transactions);
    }

    GreenMail startSmtp(int port) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void dueSoonAndOverdueGoToTheResponsiblePersonAndTheHeadOnceWithSubjectAndLink() throws Exception {
        Setup s = setup(11);
        int port = freePort();
        startSmtp(port);
        ReminderService reminders = service(port);
        LocalDate due = s.plan().today().plusDays(10);
        String title = "Tổ chức hội nghị sơ kết thực hiện Nghị quyết";

        reminders.run(due.minusDays(7));
        reminders.run(due.minusDays(7));
        reminders.run(due.minusDays(6));

        for (String address : List.of(s.responsible(), s.head())) {
            List<MimeMessage> got = to(address);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).getSubject()).isEqualTo("[Tiến Độ] Sắp đến hạn: " + title + " — hạn " + DAY.format(due));
            assertThat((String) got.get(0).getContent()).contains("http://tiendo.test/nhiem-vu/" + s.plan().dueSoon())
                    .contains("còn 7 ngày");
            assertThat(got.get(0).getFrom()[0].toString()).isEqualTo("nhacviec@tiendo.test");
        }
        assertThat(inbox.messages(s.responsibleId())).extracting(InboxMessage::subject, InboxMessage::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[Tiến Độ] Sắp đến hạn: " + title + " — hạn " + DAY.format(due),
                        "/nhiem-vu/" + s.plan().dueSoon()));
        assertThat(inbox.unread(s.responsibleId())).isEqualTo(1);

        reminders.run(due.plusDays(1));
        reminders.run(due.plusDays(2));
        assertThat(to(s.head())).extracting(MimeMessage::getSubject).containsExactly(
                "[Tiến Độ] Sắp đến hạn: " + title + " — hạn " + DAY.format(due),
                "[Tiến Độ] Quá hạn: " + title + " — hạn " + DAY.format(due));
        assertThat(inbox.unread(s.headId())).isEqualTo(2);
        long first = inbox.messages(s.headId()).get(1).id();
        assertThat(inbox.markRead(s.headId(), first)).isTrue();
        assertThat(inbox.markRead(s.responsibleId(), inbox.messages(s.headId()).get(0).id())).isFalse();
        assertThat(inbox.unread(s.headId())).isEqualTo(1);
    }

    @Test
    void twoConcurrentRunsSendEachMessageOnce() throws Exception {
        Setup s = setup(12);
        int port = freePort();
        startSmtp(port);
        LocalDate day = s.plan().today().plusDays(3);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<ReminderService.RunResult>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ReminderService node = service(port);
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return node.run(day);
            }));
        }
        runs.forEach(CompletableFuture::join);

        assertThat(to(s.responsible())).hasSize(1);
        assertThat(to(s.head())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE user_id IN (?, ?)").param(s.responsibleId()).param(s.headId())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anSmtpServerDownIsRetriedLaterAndSendsOnce() throws Exception {
        Setup s = setup(13);
        int port = freePort();
        ReminderService reminders = service(port);
        LocalDate day = s.plan().today().plusDays(3);

        reminders.run(day);
        assertThat(reminders.failures(List.of(nation()))).filteredOn(f -> f.email().equals(s.responsible()))
                .singleElement().satisfies(f -> {
                    assertThat(f.state()).isEqualTo("RETRY");
                    assertThat(f.attempts()).isEqualTo(1);
                    assertThat(f.lastError()).isNotBlank();
                });
        assertThat(inbox.unread(s.responsibleId())).isEqualTo(1);

        vn.tiendo.security.TestUsers.TestUser admin = vn.tiendo.security.TestUsers.create(context, vn.tiendo.security.Role.ADMIN, "VN");
        String page = vn.tiendo.security.TestUsers.http("http://localhost:" + port(), admin).get("/quan-tri/thu-nhac-viec").body();
        assertThat(page).contains("[Tiến Độ] Sắp đến hạn: Tổ chức hội nghị sơ kết thực hiện Nghị quyết", s.responsible(), "Chờ thử lại");

        startSmtp(port);
        reminders.run(day);
        assertThat(to(s.responsible())).isEmpty();
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        reminders.run(day);
        reminders.run(day);
        assertThat(to(s.responsible())).hasSize(1);
        assertThat(to(s.head())).hasSize(1);
        assertThat(reminders.failures(List.of(nation()))).noneMatch(f -> f.email().equals(s.responsible()) || f.email().equals(s.head()));
        assertThat(jdbc.sql("SELECT attempts FROM reminder WHERE recipient_id = ?").param(s.responsibleId()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void withoutAHeadOnTheUnitTheHeadOfItsParentUnitIsReminded() {
        String commune = jdbc.sql("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code DESC OFFSET 41 LIMIT 1")
                .query(String.class).single();
        TaskFixtures.Plan plan = TaskFixtures.commune(context, commune);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long provinceHead = user("nhac-p-" + tag, "p-" + tag + "@tinh.test");
        long viewer = user("nhac-v-" + tag, "v-" + tag + "@xa.test");
        jdbc.sql("""
                INSERT INTO role_grant (user_id, role, org_unit_id, granted_by)
                SELECT ?, 'APPROVER', parent_id, 'test' FROM org_unit WHERE code = ?""").param(provinceHead).param(commune).update();
        jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) SELECT ?, 'VIEWER', id, 'test' FROM org_unit WHERE code = ?")
                .param(viewer).param(commune).update();
        ReminderService reminders = new ReminderService(store, new ReminderMailer(new MailSettings(null, null, null, null, null, null, null)),
                ReminderProperties.defaults(), context.getBean(Clock.class), transactions);
        reminders.run(plan.today().plusDays(3));
        // the run covers the whole database: other tests' occurrences in this province may reach its head too
        assertThat(inbox.messages(provinceHead)).extracting(InboxMessage::link).contains("/nhiem-vu/" + plan.dueSoon());
        assertThat(inbox.messages(viewer)).isEmpty();
    }

    @Test
    void withoutAMailHostOnlyTheInAppMessageLands() {
        Setup s = setup(14);
        ReminderService reminders = new ReminderService(store, new ReminderMailer(new MailSettings(null, null, null, null, null, null, null)),
                ReminderProperties.defaults(), context.getBean(Clock.class), transactions);
        ReminderService.RunResult r = reminders.run(s.plan().today().plusDays(3));
        assertThat(r.sent()).isZero();
        assertThat(inbox.messages(s.responsibleId())).singleElement().satisfies(m -> assertThat(m.link())
                .isEqualTo("/nhiem-vu/" + s.plan().dueSoon()));
        assertThat(jdbc.sql("SELECT state FROM reminder WHERE recipient_id = ?").param(s.headId()).query(String.class).list())
                .containsExactly("IN_APP");
    }
}
