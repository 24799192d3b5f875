package vn.tiendo.web.publicview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TestUsers;

/** The public view: published programmes only, without login and without personal data; owners publish. */
@TiendoTest
class PublicProgrammeTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anUnpublishedProgrammeIsNotFoundAndAbsentFromTheList() {
        String number = "U-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long id = TestProgrammes.save(context, "03390", number, false);
        HttpSession anonymous = new HttpSession(base());
        assertThat(anonymous.get("/cong-khai/chuong-trinh/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/cong-khai").body()).doesNotContain(number);
        assertThat(anonymous.get("/cong-khai/chuong-trinh/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anOwnerPublishesAndThePublicSeesItWithoutPersonalData() {
        String number = "C-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long id = TestProgrammes.save(context, "03390", number, false);
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "03390");
        HttpSession s = TestUsers.http(base(), owner);
        assertThat(s.get("/cong-khai/quan-ly").body()).contains(number);
        HttpResponse<String> r = s.post("/cong-khai/chuong-trinh/" + id + "/cong-bo", Map.of("published", "true"));
        assertThat(r.statusCode()).isEqualTo(302);

        HttpResponse<String> page = new HttpSession(base()).get("/cong-khai/chuong-trinh/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Xã Bình Lư", "Trường đạt chuẩn quốc gia", "71,9 (2025)", "2026: 72,6")
                .doesNotContain(owner.username(), "test", "created_by");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE object_type = 'programme' AND object_id = ? AND action = 'UPDATE'")
                .param(Long.toString(id)).query(String.class).single()).isEqualTo(owner.username());

        s.post("/cong-khai/chuong-trinh/" + id + "/cong-bo", Map.of("published", "false"));
        assertThat(new HttpSession(base()).get("/cong-khai/chuong-trinh/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicSeesTheReportedResultAndItsStatus() {
        String number = "R-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long id = TestProgrammes.save(context, "03390", number, true);
        HttpSession anonymous = new HttpSession(base());
        assertThat(anonymous.get("/cong-khai/chuong-trinh/" + id).body()).contains("Kết quả đến năm", ">Chưa có số liệu</span>")
                .doesNotContain("Dữ liệu minh họa —", ">Đạt</span>");
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, demo, created_by, updated_by)
                SELECT i.id, u.id, '2026', 73.5, FALSE, 'x', 'x' FROM indicator i, org_unit u
                 WHERE i.programme_id = ? AND i.code = 'I.1' AND u.code = '03390'""").param(id).update();
        clock.setDate(LocalDate.of(2026, 7, 1));
        String page = anonymous.get("/cong-khai/chuong-trinh/" + id).body();
        assertThat(page).contains("Kết quả đến năm 2026", ">73,5<", ">Đạt</span>");
        // in 2025 the 2026 value is not a result yet; after 2030 the page stays at 2030
        clock.setDate(LocalDate.of(2025, 7, 1));
        assertThat(anonymous.get("/cong-khai/chuong-trinh/" + id).body()).contains("Kết quả đến năm 2025", ">Chưa có số liệu</span>")
                .doesNotContain(">73,5<");
        clock.setDate(LocalDate.of(2036, 1, 1));
        assertThat(anonymous.get("/cong-khai/chuong-trinh/" + id).body()).contains("Kết quả đến năm 2030", ">73,5<");
    }
}
