package vn.tiendo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TestUsers;

/** The audit page: within the reader's scope, filtered, paginated, and impossible to change. */
@TiendoTest
class AuditPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLaiChauInspectorSeesLaiChauEventsOnlyAndFilters() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestProgrammes.save(context, "03390", "NK-" + tag + "-KH/ĐU", false);   // Bình Lư, in Lai Châu
        TestProgrammes.save(context, "24", "NK-" + tag + "-CTr/TU", false);     // Bắc Ninh
        HttpSession inspector = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.INSPECTOR, "12"));

        String page = inspector.get("/nhat-ky?type=programme").body();
        assertThat(page).contains("Nạp văn bản NK-" + tag + "-KH/ĐU").doesNotContain("NK-" + tag + "-CTr/TU");
        assertThat(inspector.get("/nhat-ky?unit=03463&type=programme").body()).doesNotContain("NK-" + tag);
        assertThat(inspector.get("/nhat-ky?unit=24").statusCode()).isEqualTo(403);
        String today = java.time.LocalDate.now().toString();
        assertThat(inspector.get("/nhat-ky?unit=03390&from=" + today + "&to=" + today).body()).contains("NK-" + tag + "-KH/ĐU");
        assertThat(inspector.get("/nhat-ky?unit=03390&to=2020-01-01").body()).contains("Không có bản ghi nào khớp.");
    }

    @Test
    void theTrailIsPaginatedAndCannotBeChanged() {
        HttpSession admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "VN"));
        for (int i = 0; i < 26; i++) {
            TestUsers.create(context, Role.VIEWER, "03390");   // 26 × (user + role): more than one page of 50
        }
        String first = admin.get("/nhat-ky?unit=03390").body();
        assertThat(first).contains("id=\"next-page\"");
        assertThat(first.split("<tr>").length - 2).isEqualTo(50);
        assertThat(admin.get("/nhat-ky?unit=03390&page=1").body()).contains("Trang <span>2</span>", "‹ Trang trước");
        assertThat(admin.post("/nhat-ky", Map.of()).statusCode()).isEqualTo(405);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'x'").update()).hasMessageContaining("chỉ được ghi thêm");
    }
}
