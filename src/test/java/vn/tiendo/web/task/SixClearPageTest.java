package vn.tiendo.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TestUsers.TestUser;
import vn.tiendo.task.SixClear;
import vn.tiendo.task.TaskCheck;
import vn.tiendo.task.TaskOccurrenceService;

/** The "6 rõ" page through real HTTP: checks with reasons, fixes in place, two tabs, naming the responsible person. */
@TiendoTest
class SixClearPageTest {

    static final String UNIT = "03390";     // Xã Bình Lư
    static final String OTHER = "03463";    // Xã Tà Tổng
    static long programme;
    static String base;
    static TestUser owner;
    static TestUser reporter;
    static HttpSession manager;
    static HttpSession viewer;
    static HttpSession outsider;

    @Autowired JdbcClient jdbc;
    @Autowired TaskOccurrenceService occurrences;

    @BeforeAll
    static void setUp(@Autowired ApplicationContext context, @LocalServerPort int port) {
        base = "http://localhost:" + port;
        programme = save(context, "S9-6RO-70/ĐU");
        owner = TestUsers.create(context, Role.PROGRAMME_OWNER, UNIT);
        reporter = TestUsers.create(context, Role.REPORTER, UNIT);
        manager = TestUsers.http(base, owner);
        viewer = TestUsers.http(base, TestUsers.create(context, Role.VIEWER, UNIT));
        outsider = TestUsers.http(base, TestUsers.create(context, Role.PROGRAMME_OWNER, OTHER));
    }

    /** A commune plan: a conditional task, a task whose lead was continued from a merged cell, one indicator. */
    static long save(ApplicationContext context, String number) {
        Indicator schools = new Indicator("I.1", null, "Trường đạt chuẩn quốc gia", "%", ValueType.PERCENT,
                Direction.HIGHER, new Baseline(2025, "71,9", new BigDecimal("71.9")),
                List.of(new Target(2026, "72,6", Comparator.EQ, new BigDecimal("72.6"))),
                List.of(), false, List.of(), List.of(), false, null, 10);
        Task conditional = new Task("A.1", null, "Triển khai các chủ trương của Trung ương", List.of("UBND xã"), false,
                List.of(), new Timeframe("Khi có văn bản chỉ đạo của Trung ương", TimeframeKind.CONDITIONAL, null, null, null),
                null, 20);
        Task inferred = new Task("B.1", null, "Rà soát, sắp xếp mạng lưới trường lớp", List.of("UBND xã"), true,
                List.of(), new Timeframe("Quý III năm 2026", TimeframeKind.DEADLINE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), null), null, 21);
        Task untouched = new Task("B.2", null, "Bổ sung giáo viên còn thiếu", List.of("UBND xã"), true, List.of(),
                new Timeframe("Năm 2026", TimeframeKind.DEADLINE, null, LocalDate.of(2026, 12, 31), null), null, 22);
        return save(context, number, schools, List.of(conditional, inferred, untouched));
    }

    static long save(ApplicationContext context, String number, Indicator schools, List<Task> tasks) {
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2026, 3, 17),
                "Ban Thường vụ Đảng ủy", new OrgUnitRef(UNIT, null), "kế hoạch", List.of("71-NQ/TW"), "Kế hoạch thử 6 rõ"),
                List.of(schools), tasks, List.of());
        return CurrentActor.runAs("test", () -> context.getBean(ProgrammeService.class).save(doc, null, false));
    }

    long task(String code) {
        return jdbc.sql("SELECT id FROM task WHERE programme_id = ? AND code = ?").param(programme).param(code)
                .query(Long.class).single();
    }

    SixClear check(String code) {
        return occurrences.check(programme).stream().filter(c -> c.code().equals(code)).map(TaskCheck::check)
                .findFirst().orElseThrow();
    }

    String page() {
        return "/chuong-trinh/" + programme + "/6-ro";
    }

    @Test
    void pageListsEveryFailureWithItsReason() {
        HttpResponse<String> r = viewer.get(page());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Kiểm tra \"6 rõ\" các nhiệm vụ", "Triển khai các chủ trương của Trung ương",
                "Thời gian phụ thuộc điều kiện (&quot;Khi có văn bản chỉ đạo của Trung ương&quot;): chưa có văn bản làm căn cứ để tính hạn",
                "Cơ quan chủ trì &quot;UBND xã&quot; được suy ra từ ô trống hoặc ô gộp ở dòng trên, cần xác nhận",
                "Chưa giao người chịu trách nhiệm trong cơ quan chủ trì", "Ủy ban nhân dân xã")
                .doesNotContain("Giao người phụ trách");
        assertThat(manager.get(page()).body()).contains("Giao người phụ trách", "Xác nhận cơ quan chủ trì");
        assertThat(outsider.get(page()).statusCode()).isEqualTo(403);
    }

    @Test
    void officerFixesTheTaskInPlace() {
        long b1 = task("B.1");
        assertThat(viewer.post(page() + "/" + b1, Map.of("deliverable", "x")).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = manager.post(page() + "/" + b1, Map.of("indicator", "IX.9", "version", "0"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Nhiệm vụ B.1: chỉ tiêu &quot;IX.9&quot; không có trong chương trình này.");

        HttpResponse<String> ok = manager.post(page() + "/" + b1, Map.of("deliverable", "Đề án sắp xếp trường lớp",
                "indicator", "I.1", "approver", "Ban Thường vụ Đảng ủy xã", "leadConfirmed", "true", "version", "0"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        SixClear c = check("B.1");
        assertThat(c.sanPham()).isEqualTo(new SixClear.Criterion(true, "Sản phẩm: Đề án sắp xếp trường lớp; Gắn với chỉ tiêu I.1"));
        assertThat(c.thamQuyen().reason()).isEqualTo("Cấp có thẩm quyền phê duyệt, tiếp nhận kết quả: Ban Thường vụ Đảng ủy xã");
        assertThat(c.trachNhiem()).isEqualTo(new SixClear.Criterion(true, "Cơ quan chủ trì: UBND xã"));

        // a second tab still holding version 0 is refused, naming who saved
        HttpResponse<String> stale = manager.post(page() + "/" + b1, Map.of("deliverable", "Khác", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Nhiệm vụ B.1: đã được " + owner.username() + " lưu lúc");
        assertThat(check("B.1").sanPham().reason()).startsWith("Sản phẩm: Đề án sắp xếp trường lớp");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'task_accountability' AND object_id = ?")
                .param(String.valueOf(b1)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void triggeringDocumentGivesTheConditionalTaskItsDueDate() {
        long a1 = task("A.1");
        HttpResponse<String> r = manager.post(page() + "/" + a1, Map.of("triggerNumber", "15-CT/TW",
                "triggerDate", "01/10/2026", "version", "0"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(check("A.1").thoiGian()).isEqualTo(new SixClear.Criterion(true,
                "Tính hạn theo văn bản số 15-CT/TW ngày 1/10/2026"));
        assertThat(occurrences.list(programme, null, LocalDate.of(2026, 10, 15)).stream()
                .filter(l -> l.view().code().equals("A.1")).map(l -> l.view().due()).toList())
                .singleElement().isNotNull();
        HttpResponse<String> half = manager.post(page() + "/" + task("B.1") + "", Map.of("triggerNumber", "1/CT",
                "version", "5"));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("văn bản làm căn cứ cần cả số, ký hiệu và ngày ban hành");
    }

    @Test
    void aTriggerDatedBeforeTheProgrammeIsRefusedAndNothingIsStored() {
        long b1 = task("A.1");
        int before = jdbc.sql("SELECT count(*) FROM task_accountability WHERE task_id = ?").param(b1).query(Integer.class).single();
        HttpResponse<String> r = manager.post(page() + "/" + b1, Map.of("triggerNumber", "9-CT/TW",
                "triggerDate", "01/02/2026", "version", "0"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("văn bản làm căn cứ ngày 01/02/2026 có trước ngày ban hành chương trình (17/03/2026)");
        assertThat(jdbc.sql("SELECT count(*) FROM task_accountability WHERE task_id = ?").param(b1).query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void managerNamesTheResponsiblePersonInTheBody() {
        long a1 = task("A.1");
        occurrences.check(programme);
        long body = jdbc.sql("""
                SELECT u.id FROM org_unit u JOIN org_unit p ON p.id = u.parent_id
                 WHERE p.code = ? AND u.level = 'BODY' AND u.full_name = 'Ủy ban nhân dân xã'""")
                .param(UNIT).query(Long.class).single();
        String assign = "/co-quan/" + body + "/nhiem-vu/" + a1 + "/nguoi-phu-trach";
        assertThat(viewer.post(assign, Map.of("userId", String.valueOf(reporter.id()))).statusCode()).isEqualTo(403);
        assertThat(outsider.post(assign, Map.of("userId", String.valueOf(reporter.id()))).statusCode()).isEqualTo(403);
        HttpResponse<String> r = manager.post(assign, Map.of("userId", String.valueOf(reporter.id()), "back", page()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith(page() + "#nv-" + a1);
        assertThat(check("A.1").nguoi()).isEqualTo(new SixClear.Criterion(true,
                "Người chịu trách nhiệm: Cán bộ thử Cán bộ báo cáo"));
        assertThat(jdbc.sql("SELECT count(*) FROM task_occurrence WHERE task_id = ? AND responsible_user_id = ?")
                .param(a1).param(reporter.id()).query(Integer.class).single()).isEqualTo(1);
        HttpResponse<String> stranger = manager.post(assign, Map.of("userId", "-5"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("Người được chọn không thuộc cơ quan này");
        assertThat(manager.get("/co-quan/" + body).body()).contains("Ủy ban nhân dân xã", "A.1");
    }
}
