package vn.tiendo.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TestUsers.TestUser;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.TaskDashboard;
import vn.tiendo.task.TaskFixtures;
import vn.tiendo.task.TaskWorkService;

/**
 * Occurrences of a body (cơ quan) under a commune count for the commune by path: the dashboard names the body as the
 * lead and ranks the commune, and the commune's officer reports for the body. The progress page tells who saved first.
 */
@TiendoTest
class TaskBodiesAndPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TaskWorkService work;

    @Test
    void aBodyUnderTheCommuneIsItsLeadAndCountsForTheCommune() {
        TaskFixtures.Plan plan = TaskFixtures.commune(context, "03390");
        OrgUnit binhLu = units.findByCode("03390").orElseThrow();
        String name = "Ban Xây dựng Đảng thử " + UUID.randomUUID().toString().substring(0, 6);
        OrgUnit body = units.findOrCreateBody(binhLu.id(), name);
        long occurrence = jdbc.sql("""
                INSERT INTO task_occurrence (task_id, org_unit_id, occurrence_key, period_label, kind, due_on, version)
                SELECT task_id, ?, occurrence_key, period_label, kind, due_on, 1 FROM task_occurrence WHERE id = ? RETURNING id""")
                .param(body.id()).param(plan.overdue()).query(Long.class).single();

        TaskDashboard d = work.dashboard(plan.id(), binhLu.id());
        assertThat(d.overdue()).isEqualTo(2);
        assertThat(d.overdueByLead()).extracting(TaskDashboard.Count::name).containsExactlyInAnyOrder(name, "Đảng ủy xã");
        assertThat(d.communes()).containsExactly(new TaskDashboard.Count("03390", "Xã Bình Lư", 2));
        assertThat(work.dashboard(plan.id(), body.id()).overdue()).isEqualTo(1);

        TestUser officer = TestUsers.create(context, Role.REPORTER, "03390");
        HttpResponse<String> r = Multipart.fields(Map.of("status", "Đang thực hiện", "percent", "60"))
                .post(TestUsers.http("http://localhost:" + port, officer), "http://localhost:" + port,
                        "/api/v1/tasks/occurrences/" + occurrence + "/progress");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"unitName\":\"" + name + "\"");
    }

    @Test
    void theProgressPageRefusesAStaleSaveNamingWhoSavedAndKeepsTheFirst() {
        TaskFixtures.Plan plan = TaskFixtures.commune(context, "03390");
        TestUser officer = TestUsers.create(context, Role.REPORTER, "03390");
        String base = "http://localhost:" + port;
        HttpSession first = TestUsers.http(base, officer);
        HttpSession second = TestUsers.http(base, officer);
        assertThat(first.get("/nhiem-vu/" + plan.dueSoon()).body()).contains("Chưa có báo cáo.");
        second.get("/nhiem-vu/" + plan.dueSoon());
        HttpResponse<String> saved = Multipart.fields(Map.of("status", "IN_PROGRESS", "percent", "20", "version", ""))
                .post(first, base, "/nhiem-vu/" + plan.dueSoon());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Đã lưu báo cáo tiến độ.");
        HttpResponse<String> stale = Multipart.fields(Map.of("status", "IN_PROGRESS", "percent", "35", "version", ""))
                .post(second, base, "/nhiem-vu/" + plan.dueSoon());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Chưa lưu: báo cáo đã được người khác cập nhật.")
                .contains("đã được " + officer.username() + " cập nhật lúc ");
        assertThat(jdbc.sql("SELECT count(*) FROM task_report_history h JOIN task_report r ON r.id = h.task_report_id"
                        + " JOIN task_occurrence o ON o.task_id = r.task_id AND r.period = o.occurrence_key WHERE o.id = ?")
                .param(plan.dueSoon()).query(Integer.class).single()).isEqualTo(1);
    }
}
