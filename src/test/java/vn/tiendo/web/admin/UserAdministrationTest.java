package vn.tiendo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Administration of users over HTTP: scope of a provincial administrator, grants, erasure, own data export. */
@TiendoTest
class UserAdministrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aCommuneAdministratorManagesOnlyTheirCommune() {
        HttpSession binhLuAdmin = TestUsers.http(base(), TestUsers.create(context, Role.ADMIN, "03390"));
        TestUsers.TestUser taTong = TestUsers.create(context, Role.REPORTER, "03463");
        TestUsers.TestUser binhLu = TestUsers.create(context, Role.REPORTER, "03390");

        String list = binhLuAdmin.get("/quan-tri/nguoi-dung").body();
        assertThat(list).contains(binhLu.username()).doesNotContain(taTong.username());
        assertThat(binhLuAdmin.get("/quan-tri/nguoi-dung/" + taTong.id()).statusCode()).isEqualTo(403);
        // no granting roles outside the commune, even to one's own officer
        HttpResponse<String> r = binhLuAdmin.post("/quan-tri/nguoi-dung/" + binhLu.id() + "/vai-tro",
                Map.of("role", "APPROVER", "unitCode", "12"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM role_grant WHERE user_id = ?").param(binhLu.id()).query(Integer.class).single())
                .isEqualTo(1);
        HttpResponse<String> created = binhLuAdmin.post("/quan-tri/nguoi-dung", Map.of("username", "ngoai" + System.nanoTime() % 10000,
                "displayName", "Người ngoài", "unitCode", "03463"));
        assertThat(created.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorGrantsAndRevokesARoleAndItTakesEffectAtOnce() {
        HttpSession admin = TestUsers.http(base(), TestUsers.create(context, Role.ADMIN, "12"));
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, "03390");
        HttpSession officerSession = TestUsers.http(base(), officer);
        assertThat(officerSession.get("/don-vi/03463").statusCode()).isEqualTo(403);

        admin.post("/quan-tri/nguoi-dung/" + officer.id() + "/vai-tro", Map.of("role", "VIEWER", "unitCode", "03463"));
        assertThat(officerSession.get("/don-vi/03463").statusCode()).isEqualTo(200);

        long grant = jdbc.sql("SELECT g.id FROM role_grant g JOIN org_unit u ON u.id = g.org_unit_id WHERE g.user_id = ? AND u.code = '03463'")
                .param(officer.id()).query(Long.class).single();
        admin.post("/quan-tri/nguoi-dung/" + officer.id() + "/vai-tro/" + grant + "/thu-hoi", Map.of());
        assertThat(officerSession.get("/don-vi/03463").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'role' AND object_id = ? ORDER BY id")
                .param(Long.toString(officer.id())).query(String.class).list()).containsExactly("GRANT", "GRANT", "REVOKE");
    }

    @Test
    void aUserSeesAndExportsOnlyTheirOwnData() throws Exception {
        TestUsers.TestUser me = TestUsers.create(context, Role.REPORTER, "03390");
        TestUsers.TestUser other = TestUsers.create(context, Role.REPORTER, "03390");
        HttpSession s = TestUsers.http(base(), me);
        assertThat(s.get("/tai-khoan").body()).contains(me.username(), "Xã Bình Lư", "Cán bộ báo cáo").doesNotContain(other.username());
        assertThat(s.get("/quan-tri/nguoi-dung/" + other.id()).statusCode()).isEqualTo(403);

        HttpResponse<String> export = s.get("/tai-khoan/du-lieu.json");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        JsonNode json = new ObjectMapper().readTree(export.body());
        assertThat(json.get("username").asText()).isEqualTo(me.username());
        assertThat(json.get("unit").asText()).isEqualTo("Xã Bình Lư");
        assertThat(json.get("roles").get(0).get("role").asText()).isEqualTo("REPORTER");
        assertThat(export.body()).doesNotContain("password", "argon2");
    }

    @Test
    void aUserChangesTheirPassword() {
        TestUsers.TestUser me = TestUsers.create(context, Role.VIEWER, "03390");
        HttpSession s = TestUsers.http(base(), me);
        HttpResponse<String> tooShort = s.post("/tai-khoan/mat-khau", Map.of("current", me.password(), "password", "ngan", "repeat", "ngan"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Mật khẩu mới: cần ít nhất 10 ký tự.");
        HttpResponse<String> ok = s.post("/tai-khoan/mat-khau",
                Map.of("current", me.password(), "password", "Mật-khẩu-mới-2026", "repeat", "Mật-khẩu-mới-2026"));
        assertThat(ok.body()).contains("Đã đổi mật khẩu.");
        new HttpSession(base()).login(me.username(), "Mật-khẩu-mới-2026");
    }

    @Test
    void erasureClearsPersonalDataKeepsAPseudonymAndEndsTheAccount() {
        HttpSession admin = TestUsers.http(base(), TestUsers.create(context, Role.ADMIN, "VN"));
        TestUsers.TestUser leaving = TestUsers.create(context, Role.REPORTER, "03390");
        HttpSession leavingSession = TestUsers.http(base(), leaving);
        String token = TestUsers.bearerToken(context, leaving);

        HttpResponse<String> r = admin.post("/quan-tri/nguoi-dung/" + leaving.id() + "/xoa-du-lieu", Map.of());
        Matcher m = Pattern.compile("(user-[0-9a-f]{12})").matcher(r.body());
        assertThat(m.find()).isTrue();
        String pseudonym = m.group(1);

        Map<String, Object> row = jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(leaving.id()).query().singleRow();
        assertThat(row.get("username")).isEqualTo(pseudonym);
        assertThat(row).containsEntry("display_name", null).containsEntry("position", null).containsEntry("email", null)
                .containsEntry("phone", null).containsEntry("org_unit_id", null).containsEntry("enabled", false);
        assertThat(jdbc.sql("SELECT count(*) FROM role_grant WHERE user_id = ?").param(leaving.id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'ERASE' AND object_id = ?")
                .param(Long.toString(leaving.id())).query(String.class).single()).contains(pseudonym).doesNotContain(leaving.username());
        // the open session, the token and the password are all dead
        assertThat(leavingSession.get("/tai-khoan").headers().firstValue("Location").orElse("")).contains("/dang-nhap");
        assertThat(new HttpSession(base()).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/v1/programmes"))
                .header("Authorization", "Bearer " + token).build()).statusCode()).isEqualTo(401);
        HttpResponse<String> login = new HttpSession(base()).post("/dang-nhap", Map.of("username", leaving.username(), "password", leaving.password()));
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/dang-nhap?loi");
    }
}
