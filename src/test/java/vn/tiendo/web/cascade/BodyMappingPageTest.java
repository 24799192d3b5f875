package vn.tiendo.web.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** The body mapping page: seeded rows shown; a cycle refused on the page with its Vietnamese message; a province's admin reads only. */
@TiendoTest
class BodyMappingPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aNationAdministratorSeesTheSeedRowsAndACycleIsRefusedOnThePage() {
        HttpSession admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "VN"));
        HttpResponse<String> page = admin.get("/quan-tri/anh-xa-co-quan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy", "id=\"mapping-form\"");
        HttpResponse<String> refused = admin.post("/quan-tri/anh-xa-co-quan",
                Map.of("provinceName", "Ban Xây dựng Đảng Đảng ủy", "communeNames", "Ban Tuyên giáo và Dân vận Tỉnh ủy"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("tạo thành vòng lặp: Ban Xây dựng Đảng Đảng ủy → Ban Tuyên giáo và Dân vận Tỉnh ủy");
    }

    @Test
    void aProvinceAdministratorReadsButCannotChangeTheTable() {
        HttpSession admin = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.ADMIN, "12"));
        HttpResponse<String> page = admin.get("/quan-tri/anh-xa-co-quan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"mapping-form\"");
        assertThat(admin.post("/quan-tri/anh-xa-co-quan", Map.of("provinceName", "Sở Giáo dục và Đào tạo", "communeNames", "UBND xã"))
                .statusCode()).isEqualTo(403);
    }
}
