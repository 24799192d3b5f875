package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.task.TaskOccurrenceService;

/**
 * Every endpoint registered in Spring MVC has a rule in {@link EndpointRules}, and every rule is
 * checked with real HTTP calls for each role on a unit in scope (Xã Bình Lư) and out of scope
 * (Xã Tà Tổng), and for an anonymous visitor.
 */
@TiendoTest
class AuthorizationMatrixTest {

    static final String IN = "03390";   // Xã Bình Lư: where every test user holds its role
    static final String OUT = "03463";  // Xã Tà Tổng: same province, another commune

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    static final Map<Role, HttpSession> sessions = new EnumMap<>(Role.class);
    static HttpSession anonymous;
    static long programmeIn;
    static long programmeOut;
    static long occurrenceIn;
    static long occurrenceOut;

    @BeforeAll
    static void users(@Autowired ApplicationContext context, @LocalServerPort int port) {
        String base = "http://localhost:" + port;
        for (Role role : Role.values()) {
            sessions.put(role, TestUsers.http(base, TestUsers.create(context, role, IN)));
        }
        anonymous = new HttpSession(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        programmeIn = TestProgrammes.save(context, IN, "M-" + suffix + "-KH/ĐU", true);
        programmeOut = TestProgrammes.save(context, OUT, "M-" + suffix + "-KH/ĐU", true);
        // the task's lead body ("Ban Tuyên giáo và Dân vận") in each commune, once planned
        TaskOccurrenceService tasks = context.getBean(TaskOccurrenceService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        tasks.plan(programmeIn);
        tasks.plan(programmeOut);
        taskIn = jdbc.sql("SELECT id FROM task WHERE programme_id = ?").param(programmeIn).query(Long.class).single();
        taskOut = jdbc.sql("SELECT id FROM task WHERE programme_id = ?").param(programmeOut).query(Long.class).single();
        bodyIn = jdbc.sql("SELECT org_unit_id FROM task_occurrence WHERE task_id = ? LIMIT 1").param(taskIn).query(Long.class).single();
        bodyOut = jdbc.sql("SELECT org_unit_id FROM task_occurrence WHERE task_id = ? LIMIT 1").param(taskOut).query(Long.class).single();
        occurrenceIn = firstOccurrence(context, programmeIn);
        occurrenceOut = firstOccurrence(context, programmeOut);
    }

    /** The programme's occurrences are planned; the id of the first. */
    static long firstOccurrence(ApplicationContext context, long programmeId) {
        context.getBean(vn.tiendo.task.TaskOccurrenceService.class).plan(programmeId);
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT min(o.id) FROM task_occurrence o JOIN task t ON t.id = o.task_id WHERE t.programme_id = ?")
                .param(programmeId).query(Long.class).single();
    }

    static long taskIn;
    static long taskOut;
    static long bodyIn;
    static long bodyOut;

    @Test
    void everyEndpointRegisteredInSpringMvcHasADeclaredRule() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    checked++;
                    if (EndpointRules.match(method.name(), example(pattern)).isEmpty()) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(missing).as("endpoints without a rule in EndpointRules").isEmpty();
    }

    @Test
    void aPathWithoutARuleIsRefused() {
        assertThat(EndpointRules.match("GET", "/khong-khai-bao")).isEmpty();
        HttpResponse<String> r = sessions.get(Role.ADMIN).get("/khong-khai-bao");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("chưa được khai báo quyền truy cập");
    }

    /** A request to try, and who must be let through (role, in scope?). */
    record Probe(String method, String inPath, String outPath, BiPredicate<Role, Boolean> allowed, boolean anonymousAllowed) {
    }

    static BiPredicate<Role, Boolean> everyone() {
        return (role, in) -> true;
    }

    static BiPredicate<Role, Boolean> inScope() {
        return (role, in) -> in;
    }

    List<Probe> probes() {
        return List.of(
                new Probe("GET", "/css/tiendo.css", null, everyone(), true),
                new Probe("GET", "/js/csrf.js", null, everyone(), true),
                new Probe("GET", "/webjars/htmx.org/dist/htmx.min.js", null, everyone(), true),
                new Probe("GET", "/geo/lai_chau_communes.geojson", null, everyone(), true),
                new Probe("GET", "/favicon.ico", null, everyone(), true),
                new Probe("GET", "/favicon.svg", null, everyone(), true),
                new Probe("GET", "/error", null, everyone(), true),
                new Probe("GET", "/actuator/health", null, everyone(), true),
                new Probe("GET", "/v3/api-docs", null, everyone(), true),
                new Probe("GET", "/v3/api-docs.yaml", null, everyone(), true),
                new Probe("GET", "/swagger-ui.html", null, everyone(), true),
                new Probe("GET", "/swagger-ui/index.html", null, everyone(), true),
                new Probe("GET", "/actuator/info", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/actuator/prometheus", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/dang-nhap", null, everyone(), true),
                new Probe("POST", "/cong-khai/chuong-trinh/" + programmeIn + "/cong-bo?published=true",
                        "/cong-khai/chuong-trinh/" + programmeOut + "/cong-bo?published=true",
                        (r, in) -> in && (r == Role.ADMIN || r == Role.PROGRAMME_OWNER), false),
                new Probe("GET", "/cong-khai/quan-ly", null, everyone(), false),
                new Probe("GET", "/cong-khai/chuong-trinh/" + programmeIn, "/cong-khai/chuong-trinh/" + programmeOut, everyone(), true),
                new Probe("GET", "/", null, everyone(), false),
                new Probe("GET", "/don-vi/" + IN, "/don-vi/" + OUT, inScope(), false),
                new Probe("GET", "/don-vi/" + IN + "/con?q=a", "/don-vi/" + OUT + "/con?q=a", inScope(), false),
                new Probe("GET", "/tai-khoan", null, everyone(), false),
                new Probe("GET", "/quan-tri/nguoi-dung", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/nhat-ky", null, (r, in) -> r == Role.ADMIN || r == Role.INSPECTOR, false),
                new Probe("GET", "/chuong-trinh/" + programmeIn, "/chuong-trinh/" + programmeOut, inScope(), false),
                new Probe("GET", "/chuong-trinh", null, everyone(), false),
                // "6 rõ": read in scope, fix with MANAGE on the programme's unit; a body's tasks and its responsible person
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/6-ro", "/chuong-trinh/" + programmeOut + "/6-ro",
                        inScope(), false),
                new Probe("POST", "/chuong-trinh/" + programmeIn + "/6-ro/" + taskIn,
                        "/chuong-trinh/" + programmeOut + "/6-ro/" + taskOut,
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                // cascade links (liên kết): decided by the child programme's owners
                new Probe("POST", "/chuong-trinh/" + programmeIn + "/lien-ket", "/chuong-trinh/" + programmeOut + "/lien-ket",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                new Probe("GET", "/co-quan/" + bodyIn, "/co-quan/" + bodyOut, inScope(), false),
                new Probe("POST", "/co-quan/" + bodyIn + "/nhiem-vu/" + taskIn + "/nguoi-phu-trach",
                        "/co-quan/" + bodyOut + "/nhiem-vu/" + taskOut + "/nguoi-phu-trach",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                new Probe("GET", "/quan-tri/co-quan", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/nhap-lieu", null, everyone(), false),
                new Probe("GET", "/nhap-van-ban", null, (r, in) -> r.grants(AccessPolicy.Permission.MANAGE), false),
                // data entry (nhập liệu): read in scope, save only with REPORT in scope
                new Probe("GET", "/nhap-lieu/" + programmeIn + "/" + IN + "/2026", "/nhap-lieu/" + programmeOut + "/" + OUT + "/2026",
                        inScope(), false),
                new Probe("GET", "/nhap-lieu/" + programmeIn + "/" + IN + "/2026/mau.xlsx",
                        "/nhap-lieu/" + programmeOut + "/" + OUT + "/2026/mau.xlsx", inScope(), false),
                new Probe("POST", "/nhap-lieu/" + programmeIn + "/" + IN + "/2026", "/nhap-lieu/" + programmeOut + "/" + OUT + "/2026",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.REPORT), false),
                new Probe("POST", "/nhap-lieu/" + programmeIn + "/" + IN + "/2026/gui", "/nhap-lieu/" + programmeOut + "/" + OUT + "/2026/gui",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.REPORT), false),
                new Probe("GET", "/api/v1/dashboard/programmes/" + programmeIn + "/status?unit=" + IN,
                        "/api/v1/dashboard/programmes/" + programmeOut + "/status?unit=" + OUT, inScope(), false),
                new Probe("GET", "/api/v1/programmes", null, everyone(), false),
                new Probe("GET", "/api/v1/units/search?q=binh", null, everyone(), false),
                // tasks (nhiệm vụ): my work for everyone signed in; an occurrence in scope; its progress only with REPORT
                new Probe("GET", "/viec-cua-toi", null, everyone(), false),
                // in-app inbox (hộp thư): everyone signed in, own messages only; failed reminder e-mails: administrators
                new Probe("GET", "/hop-thu", null, everyone(), false),
                new Probe("POST", "/hop-thu/da-doc-het", null, everyone(), false),
                new Probe("GET", "/quan-tri/thu-nhac-viec", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/nhiem-vu/" + occurrenceIn, "/nhiem-vu/" + occurrenceOut, inScope(), false),
                new Probe("POST", "/nhiem-vu/" + occurrenceIn, "/nhiem-vu/" + occurrenceOut,
                        (r, in) -> in && r.grants(AccessPolicy.Permission.REPORT), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/nhiem-vu?unit=" + IN,
                        "/chuong-trinh/" + programmeOut + "/nhiem-vu?unit=" + OUT, inScope(), false),
                new Probe("GET", "/api/v1/tasks/programmes/" + programmeIn + "/dashboard?unit=" + IN,
                        "/api/v1/tasks/programmes/" + programmeOut + "/dashboard?unit=" + OUT, inScope(), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/xuat-bao-cao?ky=2026&dinh-dang=xlsx",
                        "/chuong-trinh/" + programmeOut + "/xuat-bao-cao?ky=2026&dinh-dang=xlsx", inScope(), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/thi-dua?nam=2026", "/chuong-trinh/" + programmeOut + "/thi-dua?nam=2026",
                        inScope(), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/thi-dua.xlsx?nam=2026",
                        "/chuong-trinh/" + programmeOut + "/thi-dua.xlsx?nam=2026", inScope(), false),
                new Probe("POST", "/chuong-trinh/" + programmeIn + "/thi-dua/trong-so?onTime=40&overdue=20&indicators=25&timeliness=15",
                        "/chuong-trinh/" + programmeOut + "/thi-dua/trong-so?onTime=40&overdue=20&indicators=25&timeliness=15",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                // cascade (kế hoạch cấp xã): pages in scope; deriving, editing and issuing with MANAGE (bad input answers 400)
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/dong-bo", "/chuong-trinh/" + programmeOut + "/dong-bo", inScope(), false),
                new Probe("POST", "/chuong-trinh/" + programmeIn + "/ke-hoach-xa", "/chuong-trinh/" + programmeOut + "/ke-hoach-xa",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                new Probe("POST", "/chuong-trinh/" + programmeIn + "/du-thao/ban-hanh", "/chuong-trinh/" + programmeOut + "/du-thao/ban-hanh",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.MANAGE), false),
                new Probe("GET", "/quan-tri/anh-xa-co-quan", null, (r, in) -> r == Role.ADMIN, false),
                new Probe("GET", "/api/v1/tasks/mine", null, everyone(), false),
                new Probe("GET", "/api/v1/tasks/occurrences/" + occurrenceIn, "/api/v1/tasks/occurrences/" + occurrenceOut,
                        inScope(), false),
                new Probe("POST", "/api/v1/tasks/occurrences/" + occurrenceIn + "/progress",
                        "/api/v1/tasks/occurrences/" + occurrenceOut + "/progress",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.REPORT), false),
                // period reports (báo cáo kỳ): read in scope, submit with REPORT in scope, approve only from a unit above
                new Probe("GET", "/bao-cao", null, everyone(), false),
                new Probe("GET", "/thong-bao", null, everyone(), false),
                new Probe("GET", "/bao-cao/" + programmeIn + "/" + IN + "/2026", "/bao-cao/" + programmeOut + "/" + OUT + "/2026",
                        inScope(), false),
                new Probe("POST", "/bao-cao/" + programmeIn + "/" + IN + "/2026/gui", "/bao-cao/" + programmeOut + "/" + OUT + "/2026/gui",
                        (r, in) -> in && r.grants(AccessPolicy.Permission.REPORT), false),
                new Probe("GET", "/api/v1/reports/" + programmeIn + "/" + IN + "/2026", "/api/v1/reports/" + programmeOut + "/" + OUT + "/2026",
                        inScope(), false),
                new Probe("POST", "/api/v1/reports/" + programmeIn + "/" + IN + "/2026/approve",
                        "/api/v1/reports/" + programmeOut + "/" + OUT + "/2026/approve", (r, in) -> false, false),
                new Probe("POST", "/api/v1/reports/" + programmeIn + "/" + IN + "/2026/accept-missing/withdraw",
                        "/api/v1/reports/" + programmeOut + "/" + OUT + "/2026/accept-missing/withdraw", (r, in) -> false, false),
                new Probe("POST", "/bao-cao/" + programmeIn + "/" + IN + "/2026/huy-chap-nhan-thieu",
                        "/bao-cao/" + programmeOut + "/" + OUT + "/2026/huy-chap-nhan-thieu", (r, in) -> false, false),
                new Probe("GET", "/api/v1/reports/" + programmeIn + "/2026/completeness?unit=" + IN,
                        "/api/v1/reports/" + programmeOut + "/2026/completeness?unit=" + OUT, inScope(), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/lich-bao-cao", "/chuong-trinh/" + programmeOut + "/lich-bao-cao",
                        inScope(), false),
                // report batches (báo cáo hàng loạt): in scope of the programme; the service checks the batch's province
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/xuat-bao-cao-toan-tinh",
                        "/chuong-trinh/" + programmeOut + "/xuat-bao-cao-toan-tinh", inScope(), false),
                new Probe("GET", "/chuong-trinh/" + programmeIn + "/bao-cao-hang-loat/999999999",
                        "/chuong-trinh/" + programmeOut + "/bao-cao-hang-loat/999999999", inScope(), false),
                new Probe("GET", "/api/v1/report-batches/999999999", null, everyone(), false));
    }

    @Test
    void everyRuleIsCheckedForEveryRoleInAndOutOfScope() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Probe p : probes()) {
            for (Role role : Role.values()) {
                wrong.addAll(check(p, role, true));
                calls++;
                if (p.outPath() != null) {
                    wrong.addAll(check(p, role, false));
                    calls++;
                }
            }
            boolean anonymousLetIn = allowed(call(anonymous, p.method(), p.inPath()));
            if (anonymousLetIn != p.anonymousAllowed()) {
                wrong.add("anonymous " + p.method() + " " + p.inPath() + (anonymousLetIn ? " let in" : " refused"));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(calls).isGreaterThan(150);
    }

    @Test
    void everyRuleOfTheRegistryIsProbed() {
        List<EndpointRule> probed = probes().stream()
                .map(p -> EndpointRules.match(p.method(), p.inPath().replaceAll("\\?.*", "")).orElseThrow().rule()).toList();
        assertThat(EndpointRules.RULES).allSatisfy(rule -> assertThat(probed).as("probe for " + rule).contains(rule));
    }

    private List<String> check(Probe p, Role role, boolean inScope) {
        String path = inScope ? p.inPath() : p.outPath();
        HttpResponse<String> r = call(sessions.get(role), p.method(), path);
        boolean expected = p.allowed().test(role, inScope);
        if (allowed(r) == expected) {
            return List.of();
        }
        return List.of(role + " " + p.method() + " " + path + " → " + r.statusCode() + " (expected "
                + (expected ? "allowed" : "refused") + ")");
    }

    private static HttpResponse<String> call(HttpSession session, String method, String path) {
        if (method.equals("POST") && path.startsWith("/api/v1/reports/")) {
            return json(session, path);   // the report API reads a JSON body ({reason}, {comment}): a form would get 415
        }
        return method.equals("POST") ? session.post(path, Map.of()) : session.get(path);
    }

    private static HttpResponse<String> json(HttpSession session, String path) {
        if (session.csrfToken() == null) {
            session.get("/dang-nhap");
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(session.baseUrl() + path))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
        if (session.csrfToken() != null) {
            b.header("X-CSRF-TOKEN", session.csrfToken());
        }
        return session.send(b.build());
    }

    /** Refused = 401, 403, or sent to the login page; anything else (200, 302 elsewhere, 404 of a missing page) passed the gate. */
    static boolean allowed(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElse("");
        return r.statusCode() != 401 && r.statusCode() != 403 && !location.contains("/dang-nhap");
    }

    /** A concrete path matching an MVC pattern: variables become 1. */
    static String example(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "1").replace("**", "x").replace("*", "x");
    }
}
