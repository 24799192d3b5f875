package vn.tiendo.web.approval;

import vn.tiendo.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.LockedReportException;
import vn.tiendo.entry.OccurrenceProgressInput;
import vn.tiendo.entry.OccurrenceProgressService;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TiendoPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tiendo.task.TaskOccurrenceService;

/**
 * Task progress in the period report (issue 10 § 2): a commune plan with tasks due before, within and after 2026S1 and
 * an ongoing one; the report shows those due in or before the period with their computed status and latest progress,
 * and the submission lists the occurrence due in the period without progress among what is missing.
 */
@TiendoTest
class ReportTaskProgressTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    long programme;
    TestUsers.TestUser reporter;

    @BeforeEach
    void plan() {
        clock.setDate(LocalDate.of(2026, 7, 20));
        String number = "TP-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        List<Task> tasks = List.of(
                task("1", "Rà soát mạng lưới trường lớp", deadline(LocalDate.of(2026, 3, 31))),
                task("2", "Kiện toàn ban chỉ đạo", deadline(LocalDate.of(2026, 5, 15))),
                task("3", "Ban hành kế hoạch tuyên truyền", deadline(LocalDate.of(2025, 12, 31))),
                task("4", "Sơ kết một năm", deadline(LocalDate.of(2026, 10, 31))),
                task("5", "Tăng cường truyền thông", new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null)));
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2025, 10, 20), "Ban Chấp hành Đảng bộ xã",
                new OrgUnitRef("03390", null), "kế hoạch", List.of("71-NQ/TW"), "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW"),
                List.of(), tasks, List.of());
        programme = CurrentActor.runAs("test", () -> programmes.save(doc, null, false));
        context.getBean(TaskOccurrenceService.class).plan(programme);
        reporter = TestUsers.create(context, Role.REPORTER, "03390");
        long second = jdbc.sql("SELECT o.id FROM task_occurrence o JOIN task t ON t.id = o.task_id WHERE t.programme_id = ? AND t.code = '2'")
                .param(programme).query(Long.class).single();
        progress(second, "DONE", "", "10/05/2026", "Đã kiện toàn ban chỉ đạo");
    }

    @Test
    void theReportShowsTheUnitsTasksDueInOrBeforeThePeriodAndMissingProgressBlocksASubmissionWithoutReason() {
        HttpSession session = TestUsers.http("http://localhost:" + port, reporter);
        String page = session.get("/bao-cao/" + programme + "/03390/2026S1").body();
        assertThat(page).contains("Tiến độ nhiệm vụ", "data-task=\"1\"", "data-task=\"2\"", "data-task=\"3\"", "data-task=\"5\"")
                .doesNotContain("data-task=\"4\"");
        assertThat(page).contains("Hoàn thành đúng hạn", "Đã kiện toàn ban chỉ đạo", "Đang thực hiện quá hạn", "Thực hiện thường xuyên");
        assertThat(page).contains("nhiệm vụ 1 (hạn 31/03/2026) chưa có báo cáo tiến độ")
                .doesNotContain("nhiệm vụ 2 (hạn", "nhiệm vụ 3 (hạn", "nhiệm vụ 4 (hạn");

        ApiClient api = new ApiClient("http://localhost:" + port, TestUsers.bearerToken(context, reporter));
        ApiClient.Answer refused = api.post("/api/v1/reports/" + programme + "/03390/2026S1/submit", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(texts(refused)).containsExactly("nhiệm vụ 1 (hạn 31/03/2026) chưa có báo cáo tiến độ",
                "mục \"I. Công tác lãnh đạo, chỉ đạo\" còn trống", "mục \"II. Kết quả thực hiện\" còn trống",
                "mục \"III. Hạn chế, nguyên nhân\" còn trống", "mục \"IV. Phương hướng, nhiệm vụ thời gian tới\" còn trống",
                "mục \"V. Đề xuất, kiến nghị\" còn trống");
    }

    @Test
    void progressCountingInAnApprovedReportIsRefusedWith409AndNothingIsStored() {
        ApiClient api = new ApiClient("http://localhost:" + port, TestUsers.bearerToken(context, reporter));
        api.post("/api/v1/reports/" + programme + "/03390/2026S1/submit", Map.of("reason", "Nhiệm vụ 1 đang làm"));
        ApiClient province = new ApiClient("http://localhost:" + port,
                TestUsers.bearerToken(context, TestUsers.create(context, Role.APPROVER, "12")));
        assertThat(province.post("/api/v1/reports/" + programme + "/03390/2026S1/approve", Map.of()).text("state")).isEqualTo("approved");

        assertThatThrownBy(() -> progress(occurrence("1"), "IN_PROGRESS", "50", "", "Đã rà soát một nửa"))
                .isInstanceOf(LockedReportException.class)
                .hasMessageContaining("Báo cáo kỳ 2026S1 của Xã Bình Lư đã được").hasMessageContaining("phê duyệt lúc");
        HttpSession session = TestUsers.http("http://localhost:" + port, reporter);
        session.get("/nhiem-vu/" + occurrence("1"));
        var page = session.post("/nhiem-vu/" + occurrence("1"), Map.of("status", "IN_PROGRESS", "percent", "50", "note", "qua trang"));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Chưa lưu: báo cáo kỳ đã được phê duyệt và khóa.", "Báo cáo kỳ 2026S1 của Xã Bình Lư đã được");
        assertThat(jdbc.sql("SELECT count(*) FROM task_report r JOIN task t ON t.id = r.task_id WHERE t.programme_id = ? AND t.code = '1'")
                .param(programme).query(Integer.class).single()).isZero();
        progress(occurrence("4"), "IN_PROGRESS", "10", "", "Đang chuẩn bị sơ kết");   // due 31/10/2026: counts in 2026S2, still open
        assertThat(jdbc.sql("SELECT count(*) FROM task_report r JOIN task t ON t.id = r.task_id WHERE t.programme_id = ? AND t.code = '4'")
                .param(programme).query(Integer.class).single()).isEqualTo(1);
    }

    long occurrence(String code) {
        return jdbc.sql("SELECT o.id FROM task_occurrence o JOIN task t ON t.id = o.task_id WHERE t.programme_id = ? AND t.code = ?")
                .param(programme).param(code).query(Long.class).single();
    }

    void progress(long occurrenceId, String status, String percent, String completedOn, String note) {
        TiendoPrincipal principal = new TiendoPrincipal(reporter.id(), reporter.username(), "x", true, false);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            CurrentActor.runAs(reporter.username(), () -> context.getBean(OccurrenceProgressService.class).save(new OccurrenceProgressInput(
                    occurrenceId, status, percent, completedOn, note, ExpectedVersion.none(), List.of())));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<String> texts(ApiClient.Answer a) {
        List<String> out = new java.util.ArrayList<>();
        a.body().get("missing").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Timeframe deadline(LocalDate due) {
        return new Timeframe("Trước ngày " + due, TimeframeKind.DEADLINE, null, due, null);
    }

    private static Task task(String code, String title, Timeframe timeframe) {
        return new Task(code, "Nhiệm vụ trọng tâm", title, List.of("Đảng ủy xã"), false, List.of(), timeframe, null, 100 + Integer.parseInt(code));
    }
}
