package vn.tiendo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** The load loop of {@code tiendo bench load}: every request counted once, closed loop or paced (--think-ms). */
@TiendoTest
class DashboardLoadTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;

    @Test
    void pacedAndClosedLoopsSendExactlyTheRequestsAsked() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("DL1-CTr/TU"), null, false);
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        String url = "http://127.0.0.1:" + port + "/api/v1/dashboard/programmes/" + p + "/status?unit=12&year=2026";

        Map<String, Object> paced = DashboardLoad.run(url, List.of(token), 4, 12, 60, 50);
        assertThat(paced).containsEntry("requests", 12).containsEntry("failures", 0).containsEntry("think_ms", 50)
                .containsEntry("offered_per_s", "≤ 80");
        Map<String, Object> closed = DashboardLoad.run(url, List.of(token), 4, 12, 60);
        assertThat(closed).containsEntry("requests", 12).containsEntry("failures", 0).containsEntry("think_ms", 0);
        assertThat((double) closed.get("p99_ms")).isPositive();
    }
}
