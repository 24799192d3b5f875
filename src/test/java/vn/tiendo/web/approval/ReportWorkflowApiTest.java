package vn.tiendo.web.approval;

import vn.tiendo.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** The reporting workflow through the REST API, with the bad input of issue 10; each test owns its programme. */
@TiendoTest
class ReportWorkflowApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ApprovalService approvals;
    @Autowired
    JdbcClient jdbc;

    EntryFixtures.Saved p;
    ApiClient commune;
    ApiClient ownApprover;
    ApiClient province;
    TestUsers.TestUser reporter;
    TestUsers.TestUser provinceUser;
    String report;

    ApiClient as(TestUsers.TestUser user) {
        return new ApiClient("http://localhost:" + port, TestUsers.bearerToken(context, user));
    }

    @BeforeEach
    void setUp() {
        p = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc));
        reporter = TestUsers.create(context, Role.REPORTER, "03390");
        provinceUser = TestUsers.create(context, Role.APPROVER, "12");
        commune = as(reporter);
        ownApprover = as(TestUsers.create(context, Role.APPROVER, "03390"));
        province = as(provinceUser);
        report = "/api/v1/reports/" + p.id() + "/03390/2026S1";
    }

    @Test
    void submitReturnResubmitApproveWithEveryRefusalOnTheWay() {
        ApiClient.Answer draft = commune.get(report);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.text("state")).isEqualTo("draft");
        assertThat(draft.text("deadline")).isEqualTo("2026-06-16");   // 14/6/2026 is a Sunday: Mon 15, Tue 16

        ApiClient.Answer incomplete = commune.post(report + "/submit", Map.of());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.text("detail")).contains("còn thiếu", "chỉ tiêu I.1 chưa có số liệu", "Hãy bổ sung hoặc ghi lý do");
        assertThat(incomplete.body().get("missing").size()).isEqualTo(12);   // 7 indicators (with 5.1) + 5 sections

        assertThat(province.post(report + "/approve", Map.of()).text("detail"))
                .contains("chưa được gửi (đang là nháp)", "chỉ phê duyệt báo cáo đã gửi");

        ApiClient.Answer sent = commune.post(report + "/submit", Map.of("reason", "Xã chưa có số liệu trường học"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.text("state")).isEqualTo("submitted");
        assertThat(sent.text("submittedBy")).isEqualTo(reporter.username());

        ApiClient.Answer twice = commune.post(report + "/submit", Map.of("reason", "tab thứ hai"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("detail")).contains("Báo cáo đã được gửi lúc", "bởi " + reporter.username());

        ApiClient.Answer own = ownApprover.post(report + "/approve", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("detail")).contains("Không được tự phê duyệt báo cáo của đơn vị mình (Xã Bình Lư)");
        assertThat(commune.post(report + "/approve", Map.of()).status()).isEqualTo(403);

        assertThat(province.post(report + "/return", Map.of()).status()).isEqualTo(422);
        ApiClient.Answer returned = province.post(report + "/return", Map.of("comment", "Bổ sung số trường đạt chuẩn"));
        assertThat(returned.text("state")).isEqualTo("returned");
        assertThat(returned.text("comment")).isEqualTo("Bổ sung số trường đạt chuẩn");

        assertThat(commune.post(report + "/submit", Map.of("reason", "Đã bổ sung")).text("state")).isEqualTo("submitted");
        ApiClient.Answer approved = province.post(report + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("state")).isEqualTo("approved");
        assertThat(approved.text("approvedBy")).isEqualTo(provinceUser.username());
        assertThat(approved.body().get("onTime").asBoolean()).isFalse();   // first sent today, after 16/06/2026

        ApiClient.Answer noReason = province.post(report + "/unlock", Map.of());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("detail")).isEqualTo("Mở khóa báo cáo cần ghi lý do.");
        assertThat(commune.post(report + "/unlock", Map.of("reason", "sửa")).status()).isEqualTo(403);
        assertThat(province.post(report + "/unlock", Map.of("reason", "Sai số liệu I.3")).text("state")).isEqualTo("draft");

        assertThat(transitions()).containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE", "UNLOCK");
        assertThat(notificationsOf(reporter.id())).isEqualTo(3);     // returned, approved, unlocked
        assertThat(notificationsOf(provinceUser.id())).isEqualTo(2); // two submissions
    }

    @Test
    void aProvinceReportWaitsForItsCommunesAndACommuneStaysLockedUnderAnApprovedProvince() {
        String provinceReport = "/api/v1/reports/" + p.id() + "/12/2026S1";
        ApiClient nation = as(TestUsers.create(context, Role.APPROVER, "VN"));
        CurrentActor.runAs("tinh", () -> approvals.submit(p.id(), "12", "2026S1", "tổng hợp"));
        ApiClient.Answer early = nation.post(provinceReport + "/approve", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("detail")).contains("còn 38 báo cáo cấp dưới chưa được duyệt hoặc chấp nhận thiếu", "Xã Bình Lư (Nháp)",
                "và 28 đơn vị khác");

        commune.post(report + "/submit", Map.of("reason", "thiếu"));
        province.post(report + "/approve", Map.of());
        List<String> others = jdbc.sql("SELECT code FROM org_unit WHERE parent_id = (SELECT id FROM org_unit WHERE code = '12')"
                + " AND level = 'COMMUNE' AND code <> '03390'").query(String.class).list();
        for (String code : others) {
            assertThat(province.post("/api/v1/reports/" + p.id() + "/" + code + "/2026S1/accept-missing",
                    Map.of("reason", "Xã chưa triển khai")).status()).isEqualTo(200);
        }
        assertThat(nation.post(provinceReport + "/approve", Map.of()).text("state")).isEqualTo("approved");

        ApiClient.Answer underApproved = province.post(report + "/unlock", Map.of("reason", "sửa số liệu"));
        assertThat(underApproved.status()).isEqualTo(409);
        assertThat(underApproved.text("detail")).contains("báo cáo của cấp trên đã được", "cần mở khóa báo cáo cấp trên trước");
        assertThat(province.post(provinceReport + "/unlock", Map.of("reason", "tự mở")).status()).isEqualTo(403);
        assertThat(nation.post(provinceReport + "/unlock", Map.of("reason", "Tỉnh xin sửa")).text("state")).isEqualTo("draft");
        assertThat(province.post(report + "/unlock", Map.of("reason", "sửa số liệu")).text("state")).isEqualTo("draft");

        ApiClient.Answer c = province.get("/api/v1/reports/" + p.id() + "/2026S1/completeness?unit=12");
        assertThat(c.body().get("expected").asInt()).isEqualTo(38);
        assertThat(c.body().get("submitted").asInt()).isZero();
        assertThat(c.body().get("missing").asInt()).isEqualTo(38);
        assertThat(c.body().get("completenessRate").asDouble()).isZero();
        assertThat(c.body().get("units").size()).isEqualTo(38);
    }

    @Test
    void completenessCountsOnlyExpectedUnitsAndStaysInScope() {
        commune.post(report + "/submit", Map.of("reason", "thiếu"));
        province.post(report + "/approve", Map.of());
        CurrentActor.runAs("xa", () -> approvals.submit(p.id(), "03463", "2026S1", "thiếu"));
        ApiClient.Answer c = province.get("/api/v1/reports/" + p.id() + "/2026S1/completeness?unit=12");
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.body().get("expected").asInt()).isEqualTo(38);
        assertThat(c.body().get("submitted").asInt()).isEqualTo(2);
        assertThat(c.body().get("approved").asInt()).isEqualTo(1);
        assertThat(c.body().get("late").asInt()).isEqualTo(2);
        assertThat(c.body().get("onTime").asInt()).isZero();
        assertThat(c.body().get("missing").asInt()).isEqualTo(36);
        assertThat(c.body().get("completenessRate").asDouble()).isEqualTo(5.3);
        assertThat(c.body().get("timelinessRate").asDouble()).isEqualTo(0.0);
        assertThat(c.body().get("units").findValuesAsText("state")).contains("approved", "submitted", "draft");

        assertThat(commune.get("/api/v1/reports/" + p.id() + "/2026S1/completeness?unit=12").status()).isEqualTo(403);
        assertThat(commune.get("/api/v1/reports/" + p.id() + "/2026S1/completeness?unit=03390").body().get("expected").asInt()).isZero();
    }

    @Test
    void aPeriodTheScheduleDoesNotHaveAndUnknownThingsAreRefusedClearly() {
        ApiClient.Answer quarter = commune.get("/api/v1/reports/" + p.id() + "/03390/2026Q3");
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.text("detail")).isEqualTo("Kỳ 2026Q3 (Quý III/2026) không có trong lịch báo cáo của chương trình "
                + p.number() + "; lịch báo cáo gồm: 6 tháng, năm.");
        assertThat(commune.get("/api/v1/reports/" + p.id() + "/03390/2026X").text("detail")).contains("Mã kỳ \"2026X\" không hợp lệ");
        assertThat(commune.get("/api/v1/reports/" + p.id() + "/99999/2026").status()).isEqualTo(404);
        assertThat(commune.get("/api/v1/reports/" + p.id() + "/03463/2026").status()).isEqualTo(403);
        assertThat(commune.post("/api/v1/reports/" + p.id() + "/03463/2026/submit", Map.of("reason", "x")).status()).isEqualTo(403);

        vn.tiendo.security.HttpSession page = TestUsers.http("http://localhost:" + port, reporter);
        var quarterPage = page.get("/bao-cao/" + p.id() + "/03390/2026Q3");
        assertThat(quarterPage.statusCode()).isEqualTo(400);
        assertThat(quarterPage.body()).contains("không có trong lịch báo cáo của chương trình");
        assertThat(page.get("/bao-cao/" + p.id() + "/99999/2026").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        ApiClient.Answer doc = commune.get("/v3/api-docs");
        assertThat(doc.body().get("paths").has("/api/v1/reports/{programmeId}/{unitCode}/{period}")).isTrue();
        for (String action : List.of("submit", "approve", "return", "unlock")) {
            assertThat(doc.body().get("paths").has("/api/v1/reports/{programmeId}/{unitCode}/{period}/" + action)).as(action).isTrue();
        }
        assertThat(doc.body().get("paths").has("/api/v1/reports/{programmeId}/{period}/completeness")).isTrue();
        assertThat(doc.body().at("/components/schemas/ReportDto/properties/state/enum").toString())
                .isEqualTo("[\"draft\",\"submitted\",\"approved\",\"returned\"]");
    }

    List<String> transitions() {
        return jdbc.sql("""
                SELECT e.action FROM audit_event e JOIN period_report r ON e.object_id = r.id::text
                 WHERE e.object_type = 'period_report' AND r.programme_id = ? AND e.action <> 'UPDATE' ORDER BY e.id""")
                .param(p.id()).query(String.class).list();
    }

    int notificationsOf(long userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND link LIKE ?").params(userId, "/bao-cao/" + p.id() + "/%")
                .query(Integer.class).single();
    }
}
