package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TestUsers;

/**
 * "Xuất báo cáo toàn tỉnh" through HTTP with the application's own executor: two province officers ask for the same
 * batch and land on one job page, a commune officer is refused, the page polls until done, the ZIP downloads. With a
 * {@link vn.tiendo.report.ReportRenderer} bean the background worker renders; without one (before the single report is
 * merged) the test runs the batch with a runner over a renderer that writes the request as text.
 */
@TiendoTest
class ReportBatchPageTest {

    @Autowired ApplicationContext context;
    @Autowired ReportBatchService service;
    @Autowired ReportBatchExecutor executor;
    @Autowired ReportBatchStore store;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void provinceOfficersExportEveryCommuneAndACommuneOfficerIsRefused() throws Exception {
        long programme = TestProgrammes.save(context, "12", "BCP-" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU", false);
        String base = "http://localhost:" + port;
        HttpSession owner = TestUsers.http(base, TestUsers.create(context, Role.PROGRAMME_OWNER, "12"));
        HttpSession viewer = TestUsers.http(base, TestUsers.create(context, Role.VIEWER, "12"));
        HttpSession commune = TestUsers.http(base, TestUsers.create(context, Role.REPORTER, "03390"));

        assertThat(owner.get("/chuong-trinh/" + programme + "?don-vi=12&nam=2026").body()).contains("Xuất báo cáo toàn tỉnh");
        assertThat(owner.get("/chuong-trinh/" + programme + "/xuat-bao-cao-toan-tinh").body()).contains("batch-form", "Chưa có lần xuất nào");
        Map<String, String> form = Map.of("don-vi", "12", "ky", "2026", "dinh-dang", "docx", "mau", "");
        HttpResponse<String> bad = owner.post("/chuong-trinh/" + programme + "/xuat-bao-cao-toan-tinh", Map.of("ky", "2026Q7", "dinh-dang", "docx"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Chưa xuất được báo cáo: Mã kỳ không hợp lệ");
        assertThat(commune.post("/chuong-trinh/" + programme + "/xuat-bao-cao-toan-tinh", form).statusCode()).isEqualTo(403);

        HttpResponse<String> first = owner.post("/chuong-trinh/" + programme + "/xuat-bao-cao-toan-tinh", form);
        HttpResponse<String> second = viewer.post("/chuong-trinh/" + programme + "/xuat-bao-cao-toan-tinh", form);
        assertThat(first.statusCode()).isEqualTo(302);
        String page = URI.create(first.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(URI.create(second.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo(page);
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(page).isEqualTo("/chuong-trinh/" + programme + "/bao-cao-hang-loat/" + id);
        assertThat(commune.get("/api/v1/report-batches/" + id).statusCode()).isEqualTo(403);
        assertThat(commune.get(page).statusCode()).isEqualTo(403);

        HttpResponse<String> status = viewer.get("/api/v1/report-batches/" + id);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"total\":38", "\"period\":\"2026\"", "\"format\":\"docx\"");
        String polling = viewer.get(page).body();
        if (polling.contains("data-state=\"QUEUED\"") || polling.contains("data-state=\"RUNNING\"")) {
            assertThat(polling).contains("hx-get=\"" + page + "/tien-do\"", "hx-trigger=\"every 2s\"", "batch-cancel", "<progress");
        }
        finish(id);

        String done = viewer.get(page + "/tien-do").body();
        assertThat(done).contains("38/38", "Đã xong", "batch-zip").doesNotContain("hx-get");
        assertThat(owner.get(page).body()).contains("Báo cáo hàng loạt", "Tỉnh Lai Châu", "Xã Bình Lư");
        assertThat(viewer.get("/api/v1/report-batches/" + id).body()).contains("\"state\":\"DONE\"", "\"done\":38");
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page + "/tai-ve"))
                .header("Cookie", "JSESSIONID=" + viewer.sessionId()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(ReportBatchRunnerTest.unzip(zip.body())).hasSize(39).containsKey("03390-Xa-Binh-Lu.docx");
        assertThat(owner.post(page + "/huy", Map.of()).statusCode()).isEqualTo(302);
        assertThat(service.status(id).state()).isEqualTo(BatchState.DONE);
    }

    /** With the application's renderer the background worker finishes the batch; without one the test runs it. */
    private void finish(long id) throws InterruptedException {
        if (!executor.available()) {
            new BatchRunner(store, new ReportBatchRunnerTest.TextRenderer(), audit, clock).run(id, BatchRunner.Progress.NONE);
        }
        for (int i = 0; i < 1200 && !store.find(id).orElseThrow().state().finished(); i++) {
            Thread.sleep(250);
        }
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(BatchState.DONE);
    }
}
