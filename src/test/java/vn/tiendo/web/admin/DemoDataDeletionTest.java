package vn.tiendo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

@TiendoTest
class DemoDataDeletionTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNationalAdministratorDeletesAllDemoValuesAndKeepsRealOnes() {
        long indicator = jdbc.sql("""
                INSERT INTO programme (number, org_unit_id, level) SELECT 'DEMO-DEL-1', id, 'PROVINCE' FROM org_unit WHERE code = '12'
                RETURNING id""").query(Long.class).single();
        long ind = jdbc.sql("INSERT INTO indicator (programme_id, ordinal, code, name, value_type) VALUES (?, 0, '1', 'Thử', 'NUMBER') RETURNING id")
                .param(indicator).query(Long.class).single();
        long binhLu = jdbc.sql("SELECT id FROM org_unit WHERE code = '03390'").query(Long.class).single();
        long taTong = jdbc.sql("SELECT id FROM org_unit WHERE code = '03463'").query(Long.class).single();
        jdbc.sql("INSERT INTO data_value (indicator_id, org_unit_id, period, value, demo, created_by, updated_by) VALUES (?, ?, '2026', 5, TRUE, 'demo', 'demo')")
                .param(ind).param(binhLu).update();
        jdbc.sql("INSERT INTO data_value (indicator_id, org_unit_id, period, value, demo, created_by, updated_by) VALUES (?, ?, '2026', 7, FALSE, 'x', 'x')")
                .param(ind).param(taTong).update();

        HttpSession provinceAdmin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "12"));
        assertThat(provinceAdmin.post("/quan-tri/du-lieu-minh-hoa/xoa", Map.of()).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE demo AND indicator_id = ?").param(ind).query(Integer.class).single())
                .isEqualTo(1);

        HttpSession admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "VN"));
        HttpResponse<String> page = admin.get("/quan-tri/du-lieu-minh-hoa");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dữ liệu minh họa", "delete-demo");
        int deletions = demoDeletionsAudited();
        HttpResponse<String> deleted = admin.post("/quan-tri/du-lieu-minh-hoa/xoa", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(admin.get("/quan-tri/du-lieu-minh-hoa").body()).contains("Đã xóa", "Số liệu báo cáo thật được giữ nguyên");
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE demo").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ? AND org_unit_id = ?").param(ind).param(taTong)
                .query(Integer.class).single()).isEqualTo(7);
        assertThat(demoDeletionsAudited()).isEqualTo(deletions + 1);
    }

    int demoDeletionsAudited() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'data_value' AND action = 'DELETE'"
                + " AND summary LIKE 'Xóa % số liệu minh họa'").query(Integer.class).single();
    }
}
