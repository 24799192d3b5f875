package vn.tiendo.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Issue 15 item 5: requests generated from the app's own OpenAPI document ({@code /v3/api-docs}, {@link RequestGenerator})
 * against the running app with a valid API token, a bounded number per operation. Every answer: no 5xx; a status the
 * document lists; for the API's errors problem JSON in Vietnamese; never a stack trace or SQL in a body.
 */
@TiendoTest
class OpenApiFuzzTest {

    static final int TRIES_PER_OPERATION = 12;
    static final Pattern LEAK = Pattern.compile("Exception|at vn\\.|SQL|org\\.postgresql|PSQL");
    static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDocumentedOperationAnswersWithinItsDocumentWithoutServerErrorsOrLeaks() throws Exception {
        JsonNode doc = json.readTree(send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build()).body());
        Map<String, List<Object>> known = known();
        String token = fixtureToken((String) known.get("orgUnit").get(0));
        RequestGenerator generator = new RequestGenerator(doc, known, 20261130L);
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                for (int i = 0; i < TRIES_PER_OPERATION; i++) {
                    RequestGenerator.Request r = generator.next(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue());
                    HttpResponse<String> response = send(request(r, token));
                    requests++;
                    check(r, op.getValue(), response).ifPresent(failures::add);
                }
            }
        }
        System.out.printf("OpenApiFuzzTest: %d operations, %d requests, %d failures%n", operations, requests, failures.size());
        assertThat(operations).isGreaterThan(10);
        assertThat(failures).as("%d of %d requests broke the contract", failures.size(), requests).isEmpty();
    }

    /** What is wrong with one answer, if anything. */
    private java.util.Optional<String> check(RequestGenerator.Request r, JsonNode op, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String where = r.method() + " " + r.path() + (r.body() == null ? "" : " body " + abbreviate(r.body())) + " → " + status + " ";
        if (status >= 500) {
            return java.util.Optional.of(where + "server error: " + abbreviate(body));
        }
        if (LEAK.matcher(body).find()) {
            return java.util.Optional.of(where + "leaks: " + abbreviate(body));
        }
        JsonNode responses = op.path("responses");
        if (!responses.has(String.valueOf(status)) && !responses.has("default")) {
            return java.util.Optional.of(where + "status not documented (" + iterable(responses.fieldNames()) + "): " + abbreviate(body));
        }
        JsonNode documented = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status)).path("content")
                : responses.path("default").path("content");
        if (status >= 400 && (documented.isEmpty() || documented.has("application/problem+json"))) {
            return problem(where, type, body);
        }
        if (!documented.isEmpty() && !documented.has("*/*") && !documented.has(type.split(";")[0].trim())) {
            return java.util.Optional.of(where + "content type " + type + " not documented (" + iterable(documented.fieldNames()) + ")");
        }
        if (type.contains("json") && !body.isEmpty()) {
            try {
                json.readTree(body);
            } catch (java.io.IOException e) {
                return java.util.Optional.of(where + "not JSON though " + type);
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<String> problem(String where, String type, String body) {
        if (!type.startsWith("application/problem+json")) {
            return java.util.Optional.of(where + "error as " + type + ", not problem JSON: " + abbreviate(body));
        }
        try {
            JsonNode p = json.readTree(body);
            String text = p.path("title").asText() + " " + p.path("detail").asText();
            if (!p.has("status") || !p.has("title") || !VIETNAMESE.matcher(text).find()) {
                return java.util.Optional.of(where + "problem not in Vietnamese or incomplete: " + abbreviate(body));
            }
        } catch (java.io.IOException e) {
            return java.util.Optional.of(where + "problem JSON unreadable: " + abbreviate(body));
        }
        return java.util.Optional.empty();
    }

    /** A national viewer who also owns, reports and approves in one commune of Lai Châu; with a programme there. */
    private String fixtureToken(String commune) {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "VN");
        long unit = context.getBean(OrgUnitRepository.class).findByCode(commune).orElseThrow().id();
        vn.tiendo.audit.CurrentActor.runAs("test", () -> {
            for (Role role : List.of(Role.PROGRAMME_OWNER, Role.REPORTER, Role.APPROVER)) {
                context.getBean(vn.tiendo.security.UserService.class).grant(user.id(), role, unit);
            }
            return null;
        });
        return TestUsers.bearerToken(context, user);
    }

    private Map<String, List<Object>> known() {
        OrgUnitRepository units = context.getBean(OrgUnitRepository.class);
        List<OrgUnit> communes = units.within(units.findByCode("12").orElseThrow().id(), OrgUnit.Level.COMMUNE);
        String commune = communes.get(communes.size() - 1).code();
        String number = "FUZZ-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long programme = TestProgrammes.save(context, commune, number, true);
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ?").param(programme).query(Long.class).list().get(0);
        long task = jdbc.sql("SELECT id FROM task WHERE programme_id = ?").param(programme).query(Long.class).list().get(0);
        Map<String, List<Object>> known = new LinkedHashMap<>();
        List<Object> units2 = List.of(commune, "12", "VN");
        for (String name : List.of("orgUnit", "unit", "unitCode", "code")) {
            known.put(name, units2);
        }
        known.put("period", List.of("2026", "2026Q1", "2026S1", "2025"));
        known.put("year", List.of(2026, 2027, 2030));
        known.put("programmeId", List.of(programme));
        known.put("id", List.of(programme, indicator, task));
        known.put("indicatorId", List.of(indicator));
        known.put("taskId", List.of(task));
        known.put("dataSet", List.of(number + "@" + commune, String.valueOf(programme)));
        known.put("programme", List.of(programme, number + "@" + commune));
        return known;
    }

    private HttpRequest request(RequestGenerator.Request r, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(r.path())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, application/problem+json, */*");
        if (r.body() == null) {
            return b.method(r.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", r.contentType()).method(r.method(), HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return String.join(",", out);
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
