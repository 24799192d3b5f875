package vn.tiendo.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TestUsers.TestUser;
import vn.tiendo.task.TaskFixtures;

/**
 * Progress with evidence over the task API, on a commune plan of Xã Bình Lư: saved with its history, evidence (checked
 * by content, SHA-256 kept) and audit; every bad input refused in Vietnamese with nothing stored.
 */
@TiendoTest
class TaskProgressApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TaskFixtures.Plan plan;
    TestUser reporter;
    HttpSession session;

    @BeforeEach
    void plan() {
        plan = TaskFixtures.commune(context, "03390");
        reporter = TestUsers.create(context, Role.REPORTER, "03390");
        session = TestUsers.http(base(), reporter);
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> report(HttpSession s, long occurrence, Multipart form) {
        return form.post(s, base(), "/api/v1/tasks/occurrences/" + occurrence + "/progress");
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    int reports(long occurrence) {
        return jdbc.sql("SELECT count(*) FROM task_report r JOIN task_occurrence o ON o.task_id = r.task_id"
                + " AND o.org_unit_id = r.org_unit_id AND r.period = o.occurrence_key WHERE o.id = ?")
                .param(occurrence).query(Integer.class).single();
    }

    @Test
    void aReportWithAnEvidencePdfIsStoredWithItsHashHistoryAndAudit() throws Exception {
        byte[] pdf = Multipart.pdf("bien ban so ket");
        HttpResponse<String> r = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Đang thực hiện", "percent", "40",
                "note", "Đã rà soát 3/5 điểm trường")).file("files", "bien-ban.pdf", "application/pdf", pdf));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode saved = json(r);
        assertThat(saved.get("status").asText()).isEqualTo("Đang thực hiện quá hạn");
        assertThat(saved.get("state").asText()).isEqualTo("overdue");
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(saved.get("evidenceAdded").get(0).get("sha256").asText()).isEqualTo(sha);
        assertThat(saved.get("evidenceAdded").get(0).get("mediaType").asText()).isEqualTo("application/pdf");

        HttpResponse<String> done = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Hoàn thành",
                "completedOn", plan.today().minusDays(2).toString(), "note", "Đã sắp xếp xong", "version", "1")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).get("status").asText()).isEqualTo("Hoàn thành quá hạn");

        JsonNode detail = json(session.get("/api/v1/tasks/occurrences/" + plan.overdue()));
        assertThat(detail.get("history")).hasSize(2);
        assertThat(detail.get("history").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(detail.get("history").get(1).get("percent").asInt()).isEqualTo(40);
        assertThat(detail.get("evidence")).hasSize(1);
        HttpResponse<String> file = session.get("/nhiem-vu/minh-chung/" + detail.get("evidence").get(0).get("id").asLong());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'task_report' AND actor = ? AND summary LIKE ?")
                .param(reporter.username()).param("Báo cáo tiến độ nhiệm vụ 1 (%").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void twoTabsSavingTheSameOccurrenceTheSecondIsToldWhoSavedAndWhen() throws Exception {
        assertThat(report(session, plan.dueSoon(), Multipart.fields(Map.of("status", "IN_PROGRESS", "percent", "30"))).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = report(session, plan.dueSoon(), Multipart.fields(Map.of("status", "IN_PROGRESS", "percent", "50")));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("detail").asText()).startsWith("Nhiệm vụ 3: báo cáo tiến độ kỳ " )
                .contains(" đã được " + reporter.username() + " cập nhật lúc ").contains("(phiên bản 1)");
        assertThat(jdbc.sql("SELECT progress_percent FROM task_report r JOIN task_occurrence o ON o.task_id = r.task_id"
                + " AND r.period = o.occurrence_key WHERE o.id = ?").param(plan.dueSoon()).query(Integer.class).single()).isEqualTo(30);
    }

    @Test
    void anOfficerOfAnotherCommuneOrWithoutReportingRightIsRefused() throws Exception {
        for (TestUser other : new TestUser[] {TestUsers.create(context, Role.REPORTER, "03463"), TestUsers.create(context, Role.VIEWER, "03390")}) {
            HttpResponse<String> r = report(TestUsers.http(base(), other), plan.overdue(),
                    Multipart.fields(Map.of("status", "Đang thực hiện", "percent", "10")));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("detail").asText()).isEqualTo("Bạn không có quyền báo cáo tiến độ nhiệm vụ 1 (Trước ngày "
                    + plan.today().minusDays(20) + ") của Đảng ủy xã – Xã Bình Lư: đơn vị này nằm ngoài phạm vi được giao báo cáo.");
        }
        assertThat(reports(plan.overdue())).isZero();
    }

    @Test
    void badInputIsRefusedInVietnameseNamingTheFieldAndNothingIsStored() throws Exception {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> r = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Đang thực hiện", "percent", "150"))
                .file("files", "bao-cao.pdf", "application/pdf", exe));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("errors")).hasSize(2);
        assertThat(json(r).get("detail").asText()).contains("tỷ lệ hoàn thành: phải là số nguyên từ 0 đến 100 (%), đã nhập 150")
                .contains("Minh chứng \"bao-cao.pdf\": nội dung tệp không phải PDF, Word, Excel hay ảnh (PNG, JPEG, GIF)");

        HttpResponse<String> ongoing = report(session, plan.ongoing(), Multipart.fields(Map.of("status", "Hoàn thành")));
        assertThat(ongoing.statusCode()).isEqualTo(422);
        assertThat(json(ongoing).get("detail").asText())
                .contains("tình trạng: nhiệm vụ thực hiện thường xuyên không bao giờ \"Hoàn thành\"; hãy chọn Đang thực hiện");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Multipart.pdf("x"), 0, big, 0, 8);
        HttpResponse<String> tooBig = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Đang thực hiện", "percent", "20"))
                .file("files", "anh-chup.pdf", "application/pdf", big));
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(json(tooBig).get("detail").asText()).endsWith("Minh chứng \"anh-chup.pdf\": tệp lớn 10,0 MB, vượt giới hạn 10 MB");

        HttpResponse<String> typed = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Hoàn thành quá hạn")));
        assertThat(typed.statusCode()).isEqualTo(422);
        assertThat(reports(plan.overdue()) + reports(plan.ongoing())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM task_evidence WHERE file_name IN ('bao-cao.pdf', 'anh-chup.pdf')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theCompletionDayDecidesOnTimeOrLateAndCannotBeInTheFuture() throws Exception {
        HttpResponse<String> future = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Hoàn thành",
                "completedOn", plan.today().plusDays(1).toString())));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(json(future).get("detail").asText()).contains("ngày hoàn thành: ngày ").contains(" còn ở tương lai (hôm nay ");
        HttpResponse<String> early = report(session, plan.overdue(), Multipart.fields(Map.of("status", "Hoàn thành",
                "completedOn", plan.today().minusDays(25).toString(), "percent", "100")));
        assertThat(json(early).get("status").asText()).isEqualTo("Hoàn thành đúng hạn");
        assertThat(json(early).get("state").asText()).isEqualTo("done-on-time");
    }

    @Test
    void theTaskApiIsDescribedInTheOpenApiDocument() throws Exception {
        JsonNode paths = json(session.get("/v3/api-docs")).get("paths");
        assertThat(paths.has("/api/v1/tasks/occurrences/{occurrenceId}/progress")).isTrue();
        assertThat(paths.has("/api/v1/tasks/mine")).isTrue();
        assertThat(paths.has("/api/v1/tasks/programmes/{id}/dashboard")).isTrue();
    }

    @Test
    void myWorkListsOverdueFirstAndTheReportsTheUnitOwes() throws Exception {
        JsonNode mine = json(session.get("/api/v1/tasks/mine"));
        JsonNode open = filtered(mine.get("open"));
        assertThat(open).hasSize(3);
        assertThat(open.get(0).get("id").asLong()).isEqualTo(plan.overdue());
        assertThat(open.get(0).get("status").asText()).isEqualTo("Đang thực hiện quá hạn");
        assertThat(open.get(1).get("id").asLong()).isEqualTo(plan.dueSoon());
        assertThat(open.get(1).get("status").asText()).isEqualTo("Chưa thực hiện");
        assertThat(open.get(2).get("status").asText()).isEqualTo("Thực hiện thường xuyên");
        JsonNode owed = filtered(mine.get("owed"));
        assertThat(owed).hasSize(2);
        assertThat(owed.get(0).get("id").asLong()).isEqualTo(plan.overdue());
    }

    @Test
    void theDashboardCountsByStatusAndTheOverdueCountDropsWhenDone() throws Exception {
        JsonNode before = json(session.get("/api/v1/tasks/programmes/" + plan.id() + "/dashboard?unit=03390"));
        assertThat(before.get("overdue").asInt()).isEqualTo(1);
        assertThat(before.get("counts").get("Đang thực hiện quá hạn").asInt()).isEqualTo(1);
        assertThat(before.get("overdueByLead").get(0).get("name").asText()).isEqualTo("Đảng ủy xã");
        assertThat(before.get("communes").get(0).get("name").asText()).isEqualTo("Xã Bình Lư");
        assertThat(before.get("dueSoon")).hasSize(1);
        report(session, plan.overdue(), Multipart.fields(Map.of("status", "DONE")));
        JsonNode after = json(session.get("/api/v1/tasks/programmes/" + plan.id() + "/dashboard?unit=03390"));
        assertThat(after.get("overdue").asInt()).isZero();
        assertThat(after.get("counts").get("Hoàn thành quá hạn").asInt()).isEqualTo(1);
        assertThat(after.get("communes")).isEmpty();
    }

    /** Only this test's plan (other tests leave their own plans on the same commune). */
    private JsonNode filtered(JsonNode items) {
        com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
        items.forEach(i -> {
            if (i.get("programmeId").asLong() == plan.id()) {
                out.add(i);
            }
        });
        return out;
    }
}
