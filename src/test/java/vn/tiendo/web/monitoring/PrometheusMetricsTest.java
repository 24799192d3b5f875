package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.security.HttpSession;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Issue 16, observability: Prometheus reads request latency by URI template, the pool and the roll-up; strangers read nothing. */
@TiendoTest
class PrometheusMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;

    @Test
    void anAdministratorScrapesRequestLatencyByTemplateThePoolAndTheRollUp() {
        long programme = programmes.save(LaiChauProgramme.document("PM1-CTr/TU"), null, false);
        TestUsers.TestUser admin = TestUsers.create(context, Role.ADMIN, "VN");
        HttpSession session = TestUsers.http("http://localhost:" + port, admin);
        assertThat(session.get("/chuong-trinh/" + programme).statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = session.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String text = scrape.body();
        assertThat(text).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/chuong-trinh/\\{id}\"[^}]*} [1-9]")
                .contains("hikaricp_connections_active", "tiendo_rollup_seconds_count{", "kind=\"change\"",
                        "tiendo_cache_invalidations_total{", "cache=\"dashboard\"", "cache=\"grants\"");
        assertThat(text).doesNotContainPattern("uri=\"/chuong-trinh/" + programme + "\"");
    }

    @Test
    void aScraperUsesAnAdministratorsTokenAndStrangersAreRefused() {
        TestUsers.TestUser admin = TestUsers.create(context, Role.ADMIN, "VN");
        String token = TestUsers.bearerToken(context, admin);
        HttpSession anonymous = new HttpSession("http://localhost:" + port);
        URI uri = URI.create("http://localhost:" + port + "/actuator/prometheus");
        assertThat(anonymous.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build())
                .statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, "VN");
        String officerToken = TestUsers.bearerToken(context, officer);
        assertThat(anonymous.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + officerToken).GET().build())
                .statusCode()).isEqualTo(403);
    }
}
