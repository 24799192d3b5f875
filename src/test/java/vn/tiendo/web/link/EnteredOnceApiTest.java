package vn.tiendo.web.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.link.LinkDecision;
import vn.tiendo.link.LinkKind;
import vn.tiendo.link.LinkService;
import vn.tiendo.link.LinkTestSeeds;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** Entered once over the values API: one fact for Bình Lư 2026 through 70-KH/ĐU and 05-CTr/TU, a stale version is a 409. */
@TiendoTest
class EnteredOnceApiTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ProgrammeService programmes;
    @Autowired LinkService links;
    @Autowired JdbcClient jdbc;

    private long indicator(long programme, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programme).param(code)
                .query(Long.class).single();
    }

    private static HttpResponse<String> put(HttpSession s, long indicator, String json) {
        return s.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/values/" + indicator + "/03390/2026"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", s.csrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aStaleVersionSentThroughTheOtherProgrammeIsA409() {
        long[] ids = LinkTestSeeds.store(programmes, "ONCE-API/TU", "ONCE-API/ĐU");
        links.decide(ids[1], ids[0], List.of(new LinkDecision(LinkKind.INDICATOR, "I.1", "I.1", null)));
        long parent = indicator(ids[0], "I.1");
        long child = indicator(ids[1], "I.1");
        HttpSession owner = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.PROGRAMME_OWNER, "12"));

        assertThat(put(owner, child, "{\"value\":\"80\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> inParent = owner.get("/api/v1/values/" + parent + "/03390/2026");
        assertThat(inParent.body()).contains("\"value\":\"80\"", "\"version\":1");
        assertThat(put(owner, parent, "{\"value\":\"81\",\"version\":1}").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = put(owner, child, "{\"value\":\"82\",\"version\":1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("hãy tải lại");
        assertThat(owner.get("/api/v1/values/" + child + "/03390/2026").body()).contains("\"value\":\"81\"", "\"version\":2");
    }
}
