package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/** Personal API tokens: 401 problem JSON without one, stored hashed, revocable. */
@TiendoTest
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    UserService users;

    HttpResponse<String> api(String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programmes"))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return new HttpSession("http://localhost:" + port).send(b.GET().build());
    }

    @Test
    void anAnonymousApiCallGets401ProblemJsonNotALoginPage() {
        HttpResponse<String> r = api(null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(r.body()).contains("\"status\":401", "Authorization: Bearer");
        assertThat(api("Bearer tdk_wrong").statusCode()).isEqualTo(401);
        assertThat(api("Basic YWRtaW46YWRtaW4=").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenIsStoredHashedWorksAndStopsWorkingWhenRevoked() {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "03390");
        String secret = TestUsers.bearerToken(context, user);
        assertThat(secret).startsWith("tdk_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(secret).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(ApiTokenRepository.sha256(secret))
                .query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> r = api("Bearer " + secret);
        assertThat(r.statusCode()).isNotIn(401, 403);   // through the gate (no API endpoint yet: 404)
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(tokens.list(user.id()).get(0).lastUsed()).isNotNull();

        UserAccount account = users.findById(user.id()).orElseThrow();
        tokens.revoke(account, tokens.list(user.id()).get(0).id());
        assertThat(api("Bearer " + secret).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'api_token' AND object_id = ? ORDER BY id")
                .param(Long.toString(tokens.list(user.id()).get(0).id())).query(String.class).list()).containsExactly("CREATE", "REVOKE");
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "03390");
        String secret = TestUsers.bearerToken(context, user);
        assertThat(tokens.list(user.id()).get(0).lastUsed()).isNull();
        api("Bearer " + secret);
        java.time.OffsetDateTime first = tokens.list(user.id()).get(0).lastUsed();
        assertThat(first).isNotNull();
        api("Bearer " + secret);
        assertThat(tokens.list(user.id()).get(0).lastUsed()).isEqualTo(first);   // no write within the minute

        jdbc.sql("UPDATE api_token SET last_used = now() - interval '61 seconds' WHERE user_id = ?").param(user.id()).update();
        java.time.OffsetDateTime old = tokens.list(user.id()).get(0).lastUsed();
        context.getBean(GrantCache.class).invalidate();   // as when the token's re-check interval has passed
        api("Bearer " + secret);
        assertThat(tokens.list(user.id()).get(0).lastUsed()).isAfter(old.plusSeconds(60));   // refreshed after a minute
    }

    @Test
    void aTokenIsCreatedOnTheAccountPageAndShownOnce() {
        TestUsers.TestUser user = TestUsers.create(context, Role.REPORTER, "03390");
        HttpSession s = TestUsers.http("http://localhost:" + port, user);
        HttpResponse<String> created = s.post("/tai-khoan/ma-truy-cap", java.util.Map.of("name", "máy chủ báo cáo"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"new-token\">(tdk_[^<]+)<").matcher(created.body());
        assertThat(m.find()).isTrue();
        assertThat(api("Bearer " + m.group(1)).statusCode()).isNotIn(401, 403);
        assertThat(s.get("/tai-khoan").body()).contains("máy chủ báo cáo").doesNotContain(m.group(1));
    }
}
