package vn.tiendo.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.task.TaskFixtures;

/** The inbox page: a reminder with its link, the unread count in the header, marking read; nobody reads another's. */
@TiendoTest
class InboxPageTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired InboxService inbox;
    @Autowired ReminderService reminders;
    @LocalServerPort int port;

    @Test
    void theResponsibleOfficerReadsTheReminderInTheInbox() {
        String commune = jdbc.sql("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code DESC OFFSET 15 LIMIT 1")
                .query(String.class).single();
        TaskFixtures.Plan plan = TaskFixtures.commune(context, commune);
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, commune);
        TestUsers.TestUser other = TestUsers.create(context, Role.REPORTER, commune);
        jdbc.sql("UPDATE task_occurrence SET responsible_user_id = ? WHERE id = ?").param(officer.id()).param(plan.dueSoon()).update();
        reminders.run(plan.today().plusDays(3));

        HttpSession session = TestUsers.http("http://localhost:" + port, officer);
        HttpResponse<String> page = session.get("/hop-thu");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("[Tiến Độ] Sắp đến hạn: Tổ chức hội nghị sơ kết thực hiện Nghị quyết",
                "href=\"/nhiem-vu/" + plan.dueSoon() + "\"", "id=\"inbox-unread\">1<");
        long id = inbox.messages(officer.id()).get(0).id();

        HttpSession stranger = TestUsers.http("http://localhost:" + port, other);
        stranger.get("/hop-thu");
        stranger.post("/hop-thu/" + id + "/da-doc", Map.of());
        assertThat(inbox.unread(officer.id())).isEqualTo(1);

        assertThat(session.post("/hop-thu/" + id + "/da-doc", Map.of()).statusCode()).isEqualTo(302);
        assertThat(inbox.unread(officer.id())).isZero();
        assertThat(session.get("/viec-cua-toi").body()).doesNotContain("id=\"inbox-unread\"");
    }
}
