package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * A cached dashboard answer is sent as the JSON written once by the application's ObjectMapper: the same bytes Jackson
 * writes for the answer itself, as application/json with its length, and a new answer after a change.
 */
@TiendoTest
class WrittenAnswerTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeIndicators indicators;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TestValues values;

    @Test
    void aWrappedAnswerReadsAndWritesAsTheAnswerItself() throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unit", "Tỉnh Lai Châu");
        answer.put("value", new BigDecimal("72.60"));
        answer.put("none", null);
        answer.put("rows", List.of(Map.of("code", "03390")));
        Map<String, Object> wrapped = WrittenAnswer.wrap(answer);
        assertThat(wrapped).isInstanceOf(WrittenAnswer.class).isEqualTo(answer);
        assertThat(((WrittenAnswer) wrapped).json(mapper)).isEqualTo(mapper.writeValueAsBytes(answer));
        assertThat(((WrittenAnswer) wrapped).json(mapper)).isSameAs(((WrittenAnswer) wrapped).json(mapper));
        assertThat(mapper.writeValueAsString(wrapped)).isEqualTo(mapper.writeValueAsString(answer));
        List<Map<String, Object>> list = WrittenAnswer.wrap(List.of(answer, answer));
        assertThat(list).isEqualTo(List.of(answer, answer));
        assertThat(((WrittenAnswer) list).json(mapper)).isEqualTo(mapper.writeValueAsBytes(List.of(answer, answer)));
        assertThat(WrittenAnswer.wrap(list)).isSameAs(list);
    }

    @Test
    void theSameBytesAreSentUntilAValueChanges() {
        long p = programmes.save(LaiChauProgramme.document("WA1-CTr/TU"), null, false);
        long schools = indicators.of(p).get(0).id();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        String token = TestUsers.bearerToken(context, TestUsers.create(context, Role.VIEWER, "12"));
        String children = "/api/v1/dashboard/indicators/" + schools + "/children?unit=12&year=2026";

        HttpResponse<String> first = call(token, children);
        HttpResponse<String> second = call(token, children);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");   // charset forced as before
        assertThat(second.headers().firstValueAsLong("Content-Length")).hasValue(second.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(second.body()).isEqualTo(first.body()).contains("\"code\":\"03390\"").contains("Xã Bình Lư");

        values.put(schools, binhLu, "2026", "61.5");
        assertThat(call(token, children).body()).isNotEqualTo(first.body()).contains("61.5");
    }

    HttpResponse<String> call(String token, String path) {
        return new HttpSession("http://localhost:" + port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }
}
