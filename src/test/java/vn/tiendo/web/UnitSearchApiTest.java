package vn.tiendo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.UnitDirectory;
import vn.tiendo.security.UserService;

/** Issue 14, item 1: the type-ahead list of units searches without diacritics, keeps to the user's scope, refuses bad input. */
@TiendoTest
class UnitSearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    UserService users;

    record Answer(int status, JsonNode body) {
    }

    String tokenOf(Role role, String unitCode) {
        TestUsers.TestUser user = TestUsers.create(context, role, unitCode);
        return tokens.create(users.findById(user.id()).orElseThrow(), "tìm đơn vị").secret();
    }

    Answer search(String token, String q) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()));
    }

    static List<String> names(Answer a) {
        List<String> names = new ArrayList<>();
        a.body().forEach(n -> names.add(n.path("name").asText()));
        return names;
    }

    @Test
    void binhLuWithoutDiacriticsFindsTheCommuneWithItsCode() throws Exception {
        Answer a = search(tokenOf(Role.REPORTER, "12"), "binh lu");
        assertThat(a.status()).isEqualTo(200);
        assertThat(names(a)).contains("Xã Bình Lư");
        JsonNode binhLu = a.body().get(names(a).indexOf("Xã Bình Lư"));
        assertThat(binhLu.path("code").asText()).isEqualTo("03390");
        assertThat(names(search(tokenOf(Role.REPORTER, "12"), "BÌNH LƯ"))).contains("Xã Bình Lư");
        assertThat(names(search(tokenOf(Role.REPORTER, "12"), "lai chau"))).first().isEqualTo("Tỉnh Lai Châu");
    }

    @Test
    void aCommuneOfficerFindsOnlyTheirOwnCommuneAndNothingOutsideTheirScope() throws Exception {
        String binhLu = tokenOf(Role.REPORTER, "03390");
        assertThat(names(search(binhLu, "binh lu"))).containsExactly("Xã Bình Lư");
        assertThat(names(search(binhLu, "ha noi"))).isEmpty();
        assertThat(names(search(binhLu, "lai chau"))).isEmpty();
    }

    @Test
    void resultsAreLimited() throws Exception {
        Answer a = search(tokenOf(Role.VIEWER, "VN"), "xa");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().size()).isEqualTo(UnitDirectory.MAX_RESULTS);
    }

    @Test
    void oneOrFiveHundredCharactersAreRefusedInVietnamese() throws Exception {
        String token = tokenOf(Role.VIEWER, "VN");
        Answer one = search(token, "b");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body().path("detail").asText()).isEqualTo("Tìm đơn vị: cần gõ ít nhất 2 ký tự của tên đơn vị.");
        Answer long500 = search(token, "b".repeat(500));
        assertThat(long500.status()).isEqualTo(400);
        assertThat(long500.body().path("detail").asText()).isEqualTo("Tìm đơn vị: chỉ gõ tối đa 100 ký tự (đã gõ 500).");
        assertThat(search(token, "%_").body().size()).isZero();
    }

    @Test
    void nobodySignedInGetsNothing() throws Exception {
        assertThat(search(null, "binh lu").status()).isEqualTo(401);
    }
}
