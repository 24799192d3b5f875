package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.entry.Race;

@TiendoTest
class EntryApiTest extends BinhLuEntryTestBase {

    @Autowired
    ObjectMapper json;

    String key;

    @BeforeEach
    void key() {
        key = p.number() + "@12";
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
    }

    String valuePath(String code, String unit) {
        return "/api/v1/values/" + p.indicator(code) + "/" + unit + "/2026";
    }

    @Test
    void listsProgrammesAndIndicatorsWithStableDataElementCodes() {
        JsonNode list = http.getForObject("/api/v1/programmes", JsonNode.class);
        assertThat(list.findValuesAsText("key")).contains(key);
        JsonNode indicators = http.getForObject("/api/v1/programmes/" + p.id() + "/indicators", JsonNode.class);
        assertThat(indicators.findValuesAsText("dataElement")).contains(key + "#I.1", key + "#5.1", key + "#I.4");
        assertThat(indicators.get(1).get("parentCode").asText()).isEqualTo("I.1");
        assertThat(indicators.get(0).get("valueType").asText()).isEqualTo("percent");
    }

    @Test
    void putThenGetOneValueAndAStaleVersionIsA409Problem() {
        ResponseEntity<JsonNode> created = send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", "71.9"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(created.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(created.getBody().get("display").asText()).isEqualTo("71,9");

        JsonNode got = http.getForObject(valuePath("I.1", "03390"), JsonNode.class);
        assertThat(got.get("value").asText()).isEqualTo("71.9");
        assertThat(got.get("dataElement").asText()).isEqualTo(key + "#I.1");

        ResponseEntity<JsonNode> stale = send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", "75"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(stale.getBody().get("detail").asText()).contains("Trường value: số liệu chỉ tiêu I.1", "đã được", "cập nhật lúc", "hãy tải lại");
        assertThat(stale.getBody().get("errors").get(0).get("currentVersion").asInt()).isEqualTo(1);

        assertThat(send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", "75", "version", 1)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void invalidValuesAreA422ProblemNamingTheField() {
        ResponseEntity<JsonNode> r = send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", "101"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody().get("detail").asText()).isEqualTo("Trường value: tỉ lệ phần trăm phải từ 0 đến 100, đã nhập 101");
        assertThat(r.getBody().get("title").asText()).isEqualTo("Số liệu không hợp lệ");
        ResponseEntity<JsonNode> wrongUnit = send(HttpMethod.PUT, valuePath("I.1", "12"), Map.of("value", "70"));
        assertThat(wrongUnit.getBody().get("detail").asText()).contains("Tỉnh Lai Châu không báo cáo chỉ tiêu I.1");
        ResponseEntity<JsonNode> missing = send(HttpMethod.GET, valuePath("I.1", "03463"), null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).contains("Chưa có số liệu", "Xã Tà Tổng");
    }

    @Test
    void twoConcurrentPutsWithTheSameVersionOneWinsTheOtherGets409() throws Exception {
        send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", "70"));
        List<HttpStatus> statuses = Race.run(List.of("71.9", "73.4").stream().<java.util.concurrent.Callable<HttpStatus>>map(v ->
                () -> (HttpStatus) send(HttpMethod.PUT, valuePath("I.1", "03390"), Map.of("value", v, "version", 1)).getStatusCode()).toList());
        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void bulkIsAllOrNothing() {
        List<Map<String, Object>> items = new ArrayList<>(List.of(
                Map.of("dataElement", key + "#I.1", "orgUnit", "03390", "period", "2026", "value", "71.9"),
                Map.of("dataElement", key + "#I.5", "orgUnit", "03463", "period", "2026", "value", "3"),
                Map.of("dataElement", key + "#I.9", "orgUnit", "03390", "period", "2026", "value", "1"),
                Map.of("dataElement", key + "#I.4", "orgUnit", "03390", "period", "2026Q7", "value", "Đạt"),
                Map.of("dataElement", key + "#I.2", "orgUnit", "03390", "period", "2026", "value", "40/38")));
        ResponseEntity<JsonNode> bad = send(HttpMethod.POST, "/api/v1/values/bulk", Map.of("values", items));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("values[2].value", "values[3].value", "values[4].value");
        assertThat(bad.getBody().get("detail").asText()).contains("không có chỉ tiêu I.9", "Mã kỳ không hợp lệ", "tử số 40 lớn hơn mẫu số 38");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026")).isEmpty();

        ResponseEntity<JsonNode> good = send(HttpMethod.POST, "/api/v1/values/bulk", Map.of("values", items.subList(0, 2)));
        assertThat(good.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(good.getBody().get("created").asInt()).isEqualTo(2);
    }

    @Test
    void dataValueSetsExportThenImportRoundTrips() {
        send(HttpMethod.POST, "/api/v1/values/bulk", Map.of("values", List.of(
                Map.of("dataElement", key + "#I.1", "orgUnit", "03390", "period", "2026", "value", "71.9", "comment", "theo báo cáo"),
                Map.of("dataElement", key + "#I.2", "orgUnit", "03390", "period", "2026", "value", "8/38"),
                Map.of("dataElement", key + "#I.4", "orgUnit", "03463", "period", "2026", "value", "Chưa đạt"))));
        JsonNode exported = http.getForObject("/api/v1/dataValueSets?dataSet={k}&period=2026", JsonNode.class, key);
        assertThat(exported.get("dataSet").asText()).isEqualTo(key);
        assertThat(exported.get("dataValues")).hasSize(3);
        JsonNode first = exported.get("dataValues").get(0);
        assertThat(first.get("dataElement").asText()).isEqualTo(key + "#I.1");
        assertThat(first.get("orgUnit").asText()).isEqualTo("03390");
        assertThat(first.get("value").asText()).isEqualTo("71.9");
        assertThat(first.get("comment").asText()).isEqualTo("theo báo cáo");

        // importing the export again changes nothing
        ResponseEntity<JsonNode> same = send(HttpMethod.POST, "/api/v1/dataValueSets", exported);
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(same.getBody().get("status").asText()).isEqualTo("SUCCESS");
        assertThat(same.getBody().get("importCount")).isEqualTo(json.valueToTree(Map.of("imported", 0, "updated", 0, "ignored", 3, "deleted", 0)));

        // into another period it creates the same values
        String moved = exported.toString().replace("\"period\":\"2026\"", "\"period\":\"2027\"");
        ResponseEntity<JsonNode> imported = send(HttpMethod.POST, "/api/v1/dataValueSets", readTree(moved));
        assertThat(imported.getBody().get("importCount").get("imported").asInt()).isEqualTo(3);
        JsonNode again = http.getForObject("/api/v1/dataValueSets?dataSet={k}&period=2027", JsonNode.class, key);
        assertThat(again.findValuesAsText("value")).containsExactlyElementsOf(exported.findValuesAsText("value"));
        assertThat(http.getForObject("/api/v1/dataValueSets?dataSet={k}&period=2027&orgUnit=03463&children=false", JsonNode.class, key)
                .get("dataValues")).hasSize(1);
    }

    @Test
    void aDataValueSetWithConflictsIsRefusedWholeInTheDhis2Shape() {
        ResponseEntity<JsonNode> r = send(HttpMethod.POST, "/api/v1/dataValueSets", Map.of("period", "2026", "orgUnit", "03390",
                "dataValues", List.of(
                        Map.of("dataElement", key + "#I.1", "value", "71.9"),
                        Map.of("dataElement", key + "#I.1", "value", "150", "orgUnit", "03463"),
                        Map.of("dataElement", "05-CTr/TU", "value", "1"))));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode s = r.getBody();
        assertThat(s.get("status").asText()).isEqualTo("ERROR");
        assertThat(s.get("importCount").get("imported").asInt()).isZero();
        assertThat(s.get("importCount").get("ignored").asInt()).isEqualTo(3);
        assertThat(s.get("conflicts").findValuesAsText("object")).containsExactly("dataValues[2]", "dataValues[1]");
        assertThat(s.get("conflicts").findValuesAsText("value").get(1)).contains("orgUnit 03463", "tỉ lệ phần trăm phải từ 0 đến 100");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026")).isEmpty();
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/api/v1/dataValueSets")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/values/bulk")).isTrue();
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    JsonNode readTree(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
