package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/** Hostile input over real HTTP: injection, over-long text, forged CSRF, stolen session, headers. */
@TiendoTest
class BadInputTest {

    static final String INJECTION = "<script>alert('x')</script>' OR 1=1; DROP TABLE app_user; --";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static HttpSession admin;

    @BeforeAll
    static void admin(@Autowired ApplicationContext context, @LocalServerPort int port) {
        admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "12"));
    }

    String base() {
        return "http://localhost:" + port;
    }

    Map<String, String> newUser(String username, String displayName) {
        return Map.of("username", username, "displayName", displayName, "position", INJECTION, "unitCode", "03390",
                "email", "", "phone", "", "role", "VIEWER");
    }

    @Test
    void injectionInTextFieldsIsStoredAsTypedAndShownEscaped() {
        String username = "inj" + System.nanoTime() % 100000;
        int accounts = jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
        HttpResponse<String> r = admin.post("/quan-tri/nguoi-dung", newUser(username, INJECTION));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Đã tạo tài khoản <b>" + username + "</b>");
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(username).query(String.class).single())
                .isEqualTo(INJECTION);
        // the table is still there, with exactly the one new account
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single()).isEqualTo(accounts + 1);
        String list = admin.get("/quan-tri/nguoi-dung").body();
        assertThat(list).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#39; OR 1=1; DROP TABLE app_user; --")
                .doesNotContain("<script>alert");
    }

    @Test
    void aUsernameWithInjectionIsRefusedNamingTheField() {
        HttpResponse<String> r = admin.post("/quan-tri/nguoi-dung", newUser("x'; DROP TABLE app_user;--", "Nguyễn Văn A"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Tên đăng nhập: từ 3 đến 40 ký tự");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'x''%'").query(Integer.class).single()).isZero();
    }

    @Test
    void anOverLongInputIsRefusedWithAMessageAndNothingIsSaved() {
        String username = "long" + System.nanoTime() % 100000;
        HttpResponse<String> r = admin.post("/quan-tri/nguoi-dung", newUser(username, "Nguyễn ".repeat(800)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Họ và tên: quá dài (5599 ký tự, tối đa 120).");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Integer.class).single()).isZero();
    }

    @Test
    void aLoginWithSqlInjectionFailsCleanlyAndIsAudited() {
        HttpSession s = new HttpSession(base());
        HttpResponse<String> r = s.post("/dang-nhap", Map.of("username", "' OR '1'='1", "password", "' OR '1'='1"));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?loi");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND object_id = ?")
                .param("' OR '1'='1").query(Integer.class).single()).isPositive();
    }

    @Test
    void aForgedOrMissingCsrfTokenIsRefused() {
        HttpResponse<String> forged = admin.postRaw("/quan-tri/nguoi-dung",
                Map.of("username", "csrfvictim", "displayName", "X", "unitCode", "03390", "_csrf", "forged-token"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("mã chống giả mạo CSRF không đúng");
        HttpResponse<String> missing = admin.postRaw("/quan-tri/nguoi-dung",
                Map.of("username", "csrfvictim", "displayName", "X", "unitCode", "03390"));
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'csrfvictim'").query(Integer.class).single()).isZero();
    }

    @Test
    void aSessionIdIsRenewedAtLoginAndUselessAfterLogout(@Autowired ApplicationContext context) {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "03390");
        HttpSession s = new HttpSession(base());
        s.get("/dang-nhap");
        String before = s.sessionId();
        s.login(user.username(), user.password());
        String stolen = s.sessionId();
        assertThat(stolen).isNotNull().isNotEqualTo(before);   // session fixation protection
        assertThat(s.get("/tai-khoan").statusCode()).isEqualTo(200);

        HttpResponse<String> out = s.post("/dang-xuat", Map.of());
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?da-thoat");

        HttpSession thief = new HttpSession(base());
        HttpResponse<String> r = thief.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/tai-khoan"))
                .header("Cookie", "JSESSIONID=" + stolen).GET().build());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/dang-nhap");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGOUT' AND actor = ?")
                .param(user.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void pagesCarrySecurityHeadersAndASafeSessionCookie() {
        HttpResponse<String> r = new HttpSession(base()).get("/dang-nhap");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        assertThat(r.body()).doesNotContain("cdn", "http://", "https://");
    }

    @Test
    void injectionInTheAuditFiltersIsHarmless() {
        HttpResponse<String> r = admin.get("/nhat-ky?user=%27%20OR%201%3D1--&type=%3Cscript%3E");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Không có bản ghi nào khớp.");
    }
}
