package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;

/**
 * The dashboard API answers from a cache (câu trả lời đã tính) and from cached role grants: a new value,
 * a demo deletion and a revoked grant must all show on the very next request.
 */
@TiendoTest
class DashboardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeIndicators indicators;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TestValues values;
    @Autowired
    UserService users;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    MutableClock clock;
    @Autowired
    DataValueService service;

    private final ObjectMapper json = new ObjectMapper();

    JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> r = call(token, path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    HttpResponse<String> call(String token, String path) {
        return new HttpSession("http://localhost:" + port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    static String statusOf(JsonNode status, long indicatorId) {
        for (JsonNode row : status.get("indicators")) {
            if (row.get("id").asLong() == indicatorId) {
                return row.get("status").asText();
            }
        }
        throw new AssertionError("no indicator " + indicatorId + " in " + status);
    }

    static JsonNode child(JsonNode children, String code) {
        for (JsonNode row : children) {
            if (code.equals(row.get("code").asText())) {
                return row;
            }
        }
        throw new AssertionError("no unit " + code + " in " + children);
    }

    @Test
    void aChangedValueShowsOnTheNextRequest() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("DA1-CTr/TU"), null, false);
        long schools = indicators.of(p).get(0).id();   // Trường đạt chuẩn quốc gia, 2026: 72,6 %
        long laiChau = units.findByCode("12").orElseThrow().id();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        String status = "/api/v1/dashboard/programmes/" + p + "/status?unit=12&year=2026";
        String children = "/api/v1/dashboard/indicators/" + schools + "/children?unit=12&year=2026";

        assertThat(statusOf(get(token, status), schools)).isEqualTo("NO_DATA");
        assertThat(child(get(token, children), "03390").get("value").isNull()).isTrue();
        assertThat(get(token, status)).isEqualTo(get(token, status));   // the same answer while nothing changes

        values.put(schools, laiChau, "2026", "50");
        values.put(schools, binhLu, "2026", "60");
        assertThat(statusOf(get(token, status), schools)).isIn("OFF_TRACK", "AT_RISK");
        assertThat(child(get(token, children), "03390").get("value").decimalValue()).isEqualByComparingTo("60");

        values.put(schools, laiChau, "2026", "73");
        values.put(schools, binhLu, "2026", "61.5");
        assertThat(statusOf(get(token, status), schools)).isIn("MET", "ON_TRACK");
        assertThat(child(get(token, children), "03390").get("value").decimalValue()).isEqualByComparingTo("61.5");

        values.delete(schools, laiChau, "2026");
        values.delete(schools, binhLu, "2026");
        assertThat(child(get(token, children), "03390").get("value").isNull()).isTrue();
    }

    @Test
    void deletedDemoValuesDisappearFromTheNextAnswer() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("DA2-CTr/TU"), null, false);
        long schools = indicators.of(p).get(0).id();
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        String children = "/api/v1/dashboard/indicators/" + schools + "/children?unit=12&year=2026";
        CurrentActor.runAs("test", () -> demo.generate(p, 7));
        assertThat(child(get(token, children), "03390").get("value").isNull()).isFalse();

        CurrentActor.runAs("test", service::deleteDemoValues);
        assertThat(child(get(token, children), "03390").get("value").isNull()).isTrue();
    }

    @Test
    void withoutAYearTheDashboardShowsThisYearWithinTheTrackingPeriod() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("DA4-CTr/TU"), null, false);
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        String status = "/api/v1/dashboard/programmes/" + p + "/status?unit=12";
        clock.setDate(LocalDate.of(2027, 3, 1));
        assertThat(get(token, status).get("year").asInt()).isEqualTo(2027);
        clock.setDate(LocalDate.of(2024, 12, 31));
        assertThat(get(token, status).get("year").asInt()).isEqualTo(2025);
        clock.setDate(LocalDate.of(2033, 1, 1));
        assertThat(get(token, status).get("year").asInt()).isEqualTo(2030);
        assertThat(call(token, status + "&year=2031").statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedGrantRefusesTheNextApiCall() {
        long p = programmes.save(LaiChauProgramme.document("DA3-CTr/TU"), null, false);
        TestUsers.TestUser officer = TestUsers.create(context, Role.VIEWER, "12");
        String token = TestUsers.bearerToken(context, officer);
        String status = "/api/v1/dashboard/programmes/" + p + "/status?unit=03390&year=2026";
        assertThat(call(token, status).statusCode()).isEqualTo(200);

        long grant = users.grants(officer.id()).get(0).id();
        CurrentActor.runAs("test", () -> {
            users.revoke(grant);
            return null;
        });
        assertThat(call(token, status).statusCode()).isEqualTo(403);

        CurrentActor.runAs("test", () -> {
            users.grant(officer.id(), Role.VIEWER, units.findByCode("03390").orElseThrow().id());
            return null;
        });
        assertThat(call(token, status).statusCode()).isEqualTo(200);
        assertThat(call(token, "/api/v1/dashboard/programmes/" + p + "/status?unit=12&year=2026").statusCode()).isEqualTo(403);
    }
}
