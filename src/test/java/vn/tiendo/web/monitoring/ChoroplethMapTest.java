package vn.tiendo.web.monitoring;

import vn.tiendo.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.monitoring.ChoroplethService;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.MapCatalog;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;

/** The map of Lai Châu's 38 communes: the boundaries match the units, the figures are the dashboard's. */
@TiendoTest
class ChoroplethMapTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeIndicators indicators;
    @Autowired
    ProgressService progress;
    @Autowired
    ChoroplethService maps;
    @Autowired
    MapCatalog catalog;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    DemoValueGenerator demo;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void laiChauMapsItsThirtyEightCommunesWithTheDashboardsFigures() {
        long p = programmes.save(LaiChauProgramme.document("MAP1-CTr/TU"), null, false);
        demo.generate(p, 2026);
        OrgUnit laiChau = units.findByCode("12").orElseThrow();
        for (IndicatorRow row : indicators.of(p)) {
            ChoroplethService.Choropleth c = maps.of(row, laiChau, 2026);
            assertThat(c.map()).isNotNull();
            assertThat(c.areas()).hasSize(38);
            Set<String> codes = new HashSet<>();
            c.areas().forEach(a -> codes.add(a.unit().code()));
            assertThat(codes).isEqualTo(c.map().codes());
            assertThat(codes).isEqualTo(new HashSet<>(units.childUnits(laiChau.id()).stream().map(OrgUnit::code).toList()));
            List<UnitProgress> dashboard = progress.children(row, laiChau.id(), 2026);
            assertThat(c.areas()).isEqualTo(dashboard);
        }
    }

    @Test
    void theMapJsonSaysWhatTheChildrenJsonSaysAndLinksEachCommune() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("MAP2-CTr/TU"), null, false);
        demo.generate(p, 2026);
        long schools = indicators.of(p).get(0).id();
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        JsonNode map = get(token, "/api/v1/dashboard/indicators/" + schools + "/map?unit=12&year=2026");
        JsonNode children = get(token, "/api/v1/dashboard/indicators/" + schools + "/children?unit=12&year=2026");
        assertThat(map.get("mapName").asText()).isEqualTo("tiendo-12");
        assertThat(map.get("mapUrl").asText()).startsWith("/geo/lai_chau_communes.geojson?v=");
        assertThat(map.get("areas")).hasSize(38);
        assertThat(map.get("demo").asBoolean()).isTrue();
        Map<String, JsonNode> byCode = new HashMap<>();
        children.forEach(c -> byCode.put(c.get("code").asText(), c));
        for (JsonNode a : map.get("areas")) {
            JsonNode c = byCode.get(a.get("code").asText());
            assertThat(a.get("status").asText()).isEqualTo(c.get("status").asText());
            assertThat(a.get("statusLabel").asText()).isEqualTo(c.get("statusLabel").asText());
            assertThat(a.get("text").asText()).isEqualTo(c.get("text").asText());
            assertThat(decimal(a.get("value"))).isEqualTo(decimal(c.get("value")));
            assertThat(decimal(a.get("reference"))).isEqualTo(decimal(c.get("reference")));
            assertThat(a.get("href").asText()).isEqualTo("/chuong-trinh/" + p + "/chi-tieu/" + schools + "?nam=2026&don-vi=" + a.get("code").asText());
        }
        HttpResponse<String> geo = new HttpSession(base()).get(map.get("mapUrl").asText());
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(json.readTree(geo.body()).get("features")).hasSize(38);
    }

    @Test
    void aCommuneWithoutBoundariesBelowItGetsNoMapAndNoError() throws Exception {
        long p = programmes.save(LaiChauProgramme.document("MAP3-CTr/TU"), null, false);
        long schools = indicators.of(p).get(0).id();
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        JsonNode map = get(token, "/api/v1/dashboard/indicators/" + schools + "/map?unit=03390&year=2026");
        assertThat(map.get("mapUrl").isNull()).isTrue();
        assertThat(map.get("areas")).isEmpty();
    }

    @Test
    void theDashboardShowsTheMapSectionAndTheProgrammesOwnSections() {
        long p = programmes.save(LaiChauProgramme.document("MAP4-CTr/TU"), null, false);
        TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "12");
        HttpSession s = TestUsers.http(base(), viewer);
        String page = s.get("/chuong-trinh/" + p + "?nam=2026").body();
        assertThat(page).contains("id=\"chart-map\"", "/js/map-charts", "/css/map", "id=\"map-indicator\"",
                "/api/v1/dashboard/indicators/" + indicators.of(p).get(0).id() + "/map?unit=12&amp;year=2026");
        assertThat(page).contains("<tr class=\"section-row\">");
        assertThat(page.split("class=\"section-row\"", -1)).hasSize(2); // one section, "Đến năm 2030", shown once
        String commune = s.get("/chuong-trinh/" + p + "?nam=2026&don-vi=03390").body();
        assertThat(commune).doesNotContain("id=\"chart-map\"", "/js/map-charts");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private JsonNode get(String token, String path) {
        ApiClient.Answer r = new ApiClient(base(), token).get(path);
        assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue().stripTrailingZeros();
    }
}
