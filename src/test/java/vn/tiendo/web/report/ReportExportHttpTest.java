package vn.tiendo.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.report.ReportFixturesAccess;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Xuất báo cáo over HTTP: the file with its name and type, and the refusals. */
@TiendoTest
class ReportExportHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ApplicationContext context;

    @Test
    void downloadsTheWorkbookAndRefusesBadRequests() {
        long id = ReportFixturesAccess.seed000(programmes, "HTTPRPT-CTr/TU");
        HttpSession officer = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.VIEWER, "12"));
        HttpResponse<String> ok = officer.get("/chuong-trinh/" + id + "/xuat-bao-cao?don-vi=12&ky=2026&dinh-dang=xlsx");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-HTTPRPT-CTr-TU-12-2026.xlsx");

        HttpResponse<String> outside = officer.get("/chuong-trinh/" + id + "/xuat-bao-cao?don-vi=01&ky=2026&dinh-dang=docx");
        assertThat(outside.statusCode()).isIn(400, 403);
        HttpResponse<String> badFormat = officer.get("/chuong-trinh/" + id + "/xuat-bao-cao?don-vi=12&ky=2026&dinh-dang=odt");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(badFormat.body()).contains("Định dạng báo cáo không hợp lệ");

        HttpSession commune = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.VIEWER, "03390"));
        assertThat(commune.get("/chuong-trinh/" + id + "/xuat-bao-cao?don-vi=12&ky=2026&dinh-dang=docx").statusCode()).isEqualTo(403);
    }
}
