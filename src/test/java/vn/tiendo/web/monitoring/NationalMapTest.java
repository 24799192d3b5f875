package vn.tiendo.web.monitoring;

import vn.tiendo.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
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
import vn.tiendo.monitoring.ChoroplethService;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The national view: a programme owned by the nation, values entered for communes of three provinces and rolled up,
 * is drawn on the map of the 34 provinces with the dashboard's figures; the home page offers that map.
 */
@TiendoTest
class NationalMapTest {

    /** Provinces whose communes report in these tests: Lai Châu, Bắc Ninh, Hà Nội. */
    private static final List<String> PROVINCES = List.of("12", "24", "01");

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
    OrgUnitRepository units;
    @Autowired
    TestValues values;

    private final ObjectMapper json = new ObjectMapper();

    /** A national programme (the Lai Châu rows, issued by the nation) with values in two communes of each province. */
    static long nationalProgramme(ProgrammeService programmes, ProgrammeIndicators indicators, OrgUnitRepository units,
                                  TestValues values, String number) {
        ProgrammeDocument lc = LaiChauProgramme.document(number);
        DocumentInfo i = lc.document();
        OrgUnit nation = units.nation();
        DocumentInfo info = new DocumentInfo(i.number(), i.date(), "Chính phủ", new OrgUnitRef(nation.code(), nation.name()),
                i.kind(), i.implementsDocs(), i.bases(), i.title());
        long p = programmes.save(new ProgrammeDocument(info, lc.indicators(), lc.tasks(), lc.warnings()), null, false);
        List<IndicatorRow> rows = indicators.of(p);
        int n = 0;
        for (String province : PROVINCES) {
            List<OrgUnit> communes = units.childUnits(units.findByCode(province).orElseThrow().id());
            for (OrgUnit commune : communes.subList(0, 2)) {
                n++;
                values.put(rows.get(0).id(), commune.id(), "2026", String.valueOf(60 + 7 * n));
                values.put(rows.get(5).id(), commune.id(), "2026", String.valueOf(100 * n));
            }
        }
        return p;
    }

    @Test
    void aNationalProgrammeMapsTheThirtyFourProvincesWithTheDashboardsFigures() throws Exception {
        long p = nationalProgramme(programmes, indicators, units, values, "NAT1-CTr/CP");
        OrgUnit nation = units.nation();
        Set<String> geojson = geojsonCodes();
        assertThat(geojson).hasSize(34);
        for (IndicatorRow row : indicators.of(p)) {
            ChoroplethService.Choropleth c = maps.of(row, nation, 2026);
            assertThat(c.map()).as(row.name()).isNotNull();
            assertThat(c.map().codes()).isEqualTo(geojson);
            Set<String> codes = new HashSet<>();
            c.areas().forEach(a -> codes.add(a.unit().code()));
            assertThat(codes).isEqualTo(geojson);
            assertThat(c.areas()).isEqualTo(progress.children(row, nation.id(), 2026));
        }
        IndicatorRow training = indicators.of(p).get(5);
        Map<String, UnitProgress> byCode = new HashMap<>();
        maps.of(training, nation, 2026).areas().forEach(a -> byCode.put(a.unit().code(), a));
        assertThat(byCode.get("12").actual().value()).isEqualByComparingTo("300"); // 100 + 200
        assertThat(byCode.get("24").actual().value()).isEqualByComparingTo("700"); // 300 + 400
        assertThat(byCode.get("01").actual().value()).isEqualByComparingTo("1100"); // 500 + 600
        assertThat(byCode.values().stream().filter(a -> a.actual() != null && a.actual().value() != null).count()).isEqualTo(3);
    }

    @Test
    void theNationalMapJsonSaysWhatTheChildrenJsonSays() throws Exception {
        long p = nationalProgramme(programmes, indicators, units, values, "NAT2-CTr/CP");
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "VN"));
        for (IndicatorRow row : List.of(indicators.of(p).get(0), indicators.of(p).get(5))) {
            JsonNode map = get(token, "/api/v1/dashboard/indicators/" + row.id() + "/map?unit=VN&year=2026");
            JsonNode children = get(token, "/api/v1/dashboard/indicators/" + row.id() + "/children?unit=VN&year=2026");
            assertThat(map.get("mapName").asText()).isEqualTo("tiendo-VN");
            assertThat(map.get("mapUrl").asText()).startsWith("/geo/vn_provinces.geojson?v=");
            assertThat(map.get("areas")).hasSize(34);
            assertThat(children).hasSize(34);
            Map<String, JsonNode> byCode = new HashMap<>();
            children.forEach(c -> byCode.put(c.get("code").asText(), c));
            for (JsonNode a : map.get("areas")) {
                JsonNode c = byCode.get(a.get("code").asText());
                assertThat(a.get("status").asText()).isEqualTo(c.get("status").asText());
                assertThat(a.get("text").asText()).isEqualTo(c.get("text").asText());
                assertThat(decimal(a.get("value"))).isEqualTo(decimal(c.get("value")));
                assertThat(decimal(a.get("reference"))).isEqualTo(decimal(c.get("reference")));
            }
        }
    }

    @Test
    void theHomePageOffersTheNationalMapToWhoeverMayViewTheNation() {
        long p = nationalProgramme(programmes, indicators, units, values, "NAT3-CTr/CP");
        long first = indicators.of(p).get(0).id();
        String home = TestUsers.http(base(), TestUsers.create(context, Role.VIEWER, "VN")).get("/").body();
        assertThat(home).contains("id=\"chart-map\"", "id=\"map-indicator\"", "/js/map-charts", "/css/map",
                "Bản đồ các tỉnh, thành phố theo chương trình cấp quốc gia",
                "NAT3-CTr/CP · 1. Trường đạt chuẩn quốc gia", "/api/v1/dashboard/indicators/" + first + "/map?unit=VN&amp;year=");
        assertThat(home).doesNotContain("NAT3-CTr/CP · 7.");
        String province = TestUsers.http(base(), TestUsers.create(context, Role.VIEWER, "12")).get("/").body();
        assertThat(province).contains("id=\"provinces\"").doesNotContain("id=\"chart-map\"", "map-charts.js");
    }

    private Set<String> geojsonCodes() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/static/geo/vn_provinces.geojson")) {
            Set<String> codes = new HashSet<>();
            json.readTree(in).get("features").forEach(f -> codes.add(f.get("properties").get("code").asText()));
            return codes;
        }
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
