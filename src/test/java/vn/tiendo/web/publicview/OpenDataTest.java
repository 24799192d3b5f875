package vn.tiendo.web.publicview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.storage.OrgUnitRepository;

/** The public page's summary, map and open data files (CSV and JSON), the trailing slash, and 404 for the unpublished. */
@TiendoTest
class OpenDataTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgressService progress;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    MutableClock clock;

    private final ObjectMapper json = new ObjectMapper();

    long publishedLaiChau(String number) {
        long id = programmes.save(LaiChauProgramme.document(number), null, false);
        demo.generate(id, 2026);
        CurrentActor.runAs("test", () -> {
            programmes.setPublished(id, true);
            return null;
        });
        return id;
    }

    @Test
    void theCsvIsUtf8WithBomColumnsLicenceAndTheDemoFlag() throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 1));
        long id = publishedLaiChau("OD1-CTr/TU");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/cong-khai/chuong-trinh/" + id + "/du-lieu.csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "du-lieu-chuong-trinh-" + id + ".csv");
        byte[] body = r.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Tiến Độ – dữ liệu mở của OD1-CTr/TU, Tỉnh Lai Châu, năm 2026");
        assertThat(lines.get(1)).startsWith("# Giấy phép: CC BY 4.0");
        assertThat(lines.get(3)).startsWith("# Dữ liệu minh họa");
        assertThat(lines.get(4)).isEqualTo(String.join(",", OpenData.COLUMNS));
        List<String> rows = lines.subList(5, lines.size());
        assertThat(rows).hasSize(7 + 6 * 38);  // 7 indicators of Lai Châu, then the 6 measurable ones for each of 38 communes
        assertThat(rows.get(0)).startsWith("OD1-CTr/TU,2026,đơn vị ban hành,12,Tỉnh Lai Châu,Đến năm 2030,1,Trường đạt chuẩn quốc gia,%,71.9,\"72,6\",72.6,")
                .endsWith(",true");
        assertThat(rows).anyMatch(l -> l.startsWith("OD1-CTr/TU,2026,đơn vị trực thuộc,03390,Xã Bình Lư,"));
    }

    @Test
    void theJsonHasTheSameRowsTheLicenceTheDemoFlagAndTheSummaryOfThePage() throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 1));
        long id = publishedLaiChau("OD2-CTr/TU");
        HttpSession anonymous = new HttpSession(base());
        HttpResponse<String> r = anonymous.get("/cong-khai/chuong-trinh/" + id + "/du-lieu.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json.readTree(r.body());
        assertThat(d.get("giay_phep").asText()).startsWith("CC BY 4.0");
        assertThat(d.get("du_lieu_minh_hoa").asBoolean()).isTrue();
        assertThat(d.get("ghi_chu_minh_hoa").asText()).startsWith("Dữ liệu minh họa");
        assertThat(d.get("nam").asInt()).isEqualTo(2026);
        assertThat(d.get("chuong_trinh").get("so_hieu").asText()).isEqualTo("OD2-CTr/TU");
        assertThat(d.get("dong")).hasSize(7 + 6 * 38);
        assertThat(json.convertValue(d.get("cot"), List.class)).isEqualTo(OpenData.COLUMNS);
        JsonNode first = d.get("dong").get(0);
        assertThat(json.convertValue(first.fieldNames(), List.class)).isEqualTo(OpenData.COLUMNS);
        assertThat(first.get("du_lieu_minh_hoa").asBoolean()).isTrue();

        // the summary is computed from the statuses the page shows
        long owner = units.findByCode("12").orElseThrow().id();
        List<IndicatorProgress> shown = progress.forUnit(id, owner, 2026);
        long onTrack = shown.stream().filter(p -> p.assessment().status().name().matches("MET|ON_TRACK")).count();
        String sentence = onTrack + " trong 7 chỉ tiêu đạt tiến độ năm 2026";
        assertThat(d.get("tom_tat").asText()).startsWith(sentence);
        String page = anonymous.get("/cong-khai/chuong-trinh/" + id).body();
        assertThat(page).contains(sentence, "Dữ liệu minh họa", "CC BY 4.0", "id=\"chart-map\"", "id=\"public-charts\"",
                "/cong-khai/chuong-trinh/" + id + "/du-lieu.csv", "/cong-khai/chuong-trinh/" + id + "/du-lieu.json");
        JsonNode map = json.readTree(anonymous.get("/cong-khai/chuong-trinh/" + id + "/ban-do.json?chi-tieu="
                + shown.get(0).indicator().id()).body());
        assertThat(map.get("areas")).hasSize(38);
        assertThat(map.get("areas").get(0).get("href").isNull()).isTrue();
    }

    @Test
    void anUnpublishedProgrammesFilesAndMapAreNotFoundAndSayNothing() {
        String number = "OD3-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long id = TestProgrammes.save(context, "03390", number, false);
        HttpSession anonymous = new HttpSession(base());
        for (String path : List.of("/du-lieu.csv", "/du-lieu.json", "/ban-do.json?chi-tieu=1", "")) {
            HttpResponse<String> r = anonymous.get("/cong-khai/chuong-trinh/" + id + path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain(number, "Bình Lư", "Trường đạt chuẩn");
        }
        HttpResponse<String> unknown = anonymous.get("/cong-khai/chuong-trinh/999999999/du-lieu.csv");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void anyTrailingSlashOfThePublicPagesRedirectsToTheAddressWithout() {
        long id = TestProgrammes.save(context, "03390", "OD4-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU", true);
        HttpSession anonymous = new HttpSession(base());
        HttpResponse<String> list = anonymous.get("/cong-khai/");
        assertThat(list.statusCode()).isEqualTo(308);
        assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/cong-khai");
        HttpResponse<String> one = anonymous.get("/cong-khai/chuong-trinh/" + id + "/");
        assertThat(one.statusCode()).isEqualTo(308);
        assertThat(one.headers().firstValue("Location").orElseThrow()).endsWith("/cong-khai/chuong-trinh/" + id);
        assertThat(anonymous.get("/cong-khai").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/cong-khai/chuong-trinh/" + id).statusCode()).isEqualTo(200);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
