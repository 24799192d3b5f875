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
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Undoing "accepted as missing" (hủy chấp nhận thiếu) and the return comment after approval; each test owns its programme. */
@TiendoTest
class AcceptanceWithdrawalAndCommentTest {

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
    TestUsers.TestUser reporter;
    TestUsers.TestUser provinceUser;
    ApiClient commune;
    ApiClient province;
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
        province = as(provinceUser);
        report = "/api/v1/reports/" + p.id() + "/03390/2026S1";
    }

    @Test
    void theLevelThatAcceptedAMissingReportTakesItBackWithAReasonAuditedOnce() {
        assertThat(province.post(report + "/accept-missing", Map.of("reason", "Xã chưa triển khai")).status()).isEqualTo(200);
        String withdraw = report + "/accept-missing/withdraw";

        ApiClient.Answer own = as(TestUsers.create(context, Role.APPROVER, "03390")).post(withdraw, Map.of("reason", "tự hủy"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("detail")).contains("Không được tự hủy chấp nhận thiếu báo cáo của đơn vị mình (Xã Bình Lư)");
        assertThat(commune.post(withdraw, Map.of("reason", "xã xin hủy")).status()).isEqualTo(403);
        ApiClient.Answer noReason = province.post(withdraw, Map.of());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("detail")).isEqualTo("Hủy chấp nhận thiếu báo cáo cần ghi lý do.");
        assertThat(accepted()).isTrue();

        assertThat(province.post(withdraw, Map.of("reason", "Xã đã có số liệu, cần báo cáo")).status()).isEqualTo(200);
        assertThat(accepted()).isFalse();
        ApiClient.Answer again = province.post(withdraw, Map.of("reason", "lần hai"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("Không hủy chấp nhận thiếu được", "chưa được chấp nhận thiếu");
        assertThat(transitions()).containsExactly("ACCEPT_MISSING", "WITHDRAW_ACCEPT_MISSING");
        assertThat(summaries()).last().isEqualTo("Hủy chấp nhận thiếu báo cáo kỳ 2026S1 của Xã Bình Lư (chương trình " + p.number()
                + "): Xã đã có số liệu, cần báo cáo");
        assertThat(jdbc.sql("SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.id = ? AND n.message LIKE ?")
                .param(reporter.id()).param("%đã hủy chấp nhận thiếu%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAcceptanceTheApprovedProvinceReportCountedOnCannotBeWithdrawn() {
        ApiClient nation = as(TestUsers.create(context, Role.APPROVER, "VN"));
        List<String> communes = jdbc.sql("SELECT code FROM org_unit WHERE parent_id = (SELECT id FROM org_unit WHERE code = '12')"
                + " AND level = 'COMMUNE'").query(String.class).list();
        for (String code : communes) {
            province.post("/api/v1/reports/" + p.id() + "/" + code + "/2026S1/accept-missing", Map.of("reason", "Xã chưa triển khai"));
        }
        CurrentActor.runAs("tinh", () -> approvals.submit(p.id(), "12", "2026S1", "tổng hợp"));
        assertThat(nation.post("/api/v1/reports/" + p.id() + "/12/2026S1/approve", Map.of()).text("state")).isEqualTo("approved");

        ApiClient.Answer refused = province.post(report + "/accept-missing/withdraw", Map.of("reason", "Xã đã có số liệu"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("Không hủy chấp nhận thiếu được", "báo cáo của cấp trên đã được",
                "cần mở khóa báo cáo cấp trên trước");
        assertThat(accepted()).isTrue();
        assertThat(transitions()).containsExactly("ACCEPT_MISSING");
    }

    @Test
    void afterApprovalTheReturnCommentIsHistoryNotACurrentNote() {
        commune.post(report + "/submit", Map.of("reason", "thiếu"));
        province.post(report + "/return", Map.of("comment", "Bổ sung số trường đạt chuẩn"));
        HttpSession page = TestUsers.http("http://localhost:" + port, reporter);
        assertThat(page.get("/bao-cao/" + p.id() + "/03390/2026S1").body())
                .contains("Ý kiến trả lại của " + provinceUser.username() + ": Bổ sung số trường đạt chuẩn");
        commune.post(report + "/submit", Map.of("reason", "Đã bổ sung"));
        ApiClient.Answer approved = province.post(report + "/approve", Map.of());
        assertThat(approved.text("state")).isEqualTo("approved");
        assertThat(approved.body().get("comment").isNull()).isTrue();
        String after = page.get("/bao-cao/" + p.id() + "/03390/2026S1").body();
        assertThat(after).doesNotContain("id=\"comment\"", "Ghi chú");
        assertThat(after).contains("Trả lại báo cáo kỳ 2026S1 của Xã Bình Lư (chương trình " + p.number() + "): Bổ sung số trường đạt chuẩn");

        province.post(report + "/unlock", Map.of("reason", "Sai số liệu I.3"));
        assertThat(page.get("/bao-cao/" + p.id() + "/03390/2026S1").body())
                .contains("Lý do mở khóa của " + provinceUser.username() + ": Sai số liệu I.3");
    }

    boolean accepted() {
        return jdbc.sql("SELECT accepted_missing FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = '2026S1'")
                .param(p.id()).param(EntryFixtures.unitId(jdbc, "03390")).query(Boolean.class).single();
    }

    List<String> transitions() {
        return audit("action");
    }

    List<String> summaries() {
        return audit("summary");
    }

    private List<String> audit(String column) {
        return jdbc.sql("SELECT e." + column + " FROM audit_event e JOIN period_report r ON e.object_id = r.id::text"
                        + " WHERE e.object_type = 'period_report' AND r.programme_id = ? AND r.org_unit_id = ? AND e.action <> 'UPDATE' ORDER BY e.id")
                .param(p.id()).param(EntryFixtures.unitId(jdbc, "03390")).query(String.class).list();
    }
}
