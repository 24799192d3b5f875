package vn.tiendo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiendo.storage.EmbeddedDatabase;

/**
 * Two nodes with different schema versions, on a throw-away database: when a newer node has migrated the database
 * past what this node knows, the running node reports DOWN and answers 503 naming both versions, and a node
 * started on it refuses to start.
 */
class SchemaVersionTest {

    @Test
    void aNodeOlderThanTheDatabaseStopsServingAndRefusesToStart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.openTemporary()) {
            String known = SchemaGuard.highest(SchemaGuard.knownMigrations()).getVersion();
            String newer = Integer.toString(Integer.parseInt(known) + 5);
            try (SecondNode node = SecondNode.start(db, "nut-cu", Map.of("tiendo.cluster.schema-check", "PT0.2S"))) {
                assertThat(get(node.baseUrl() + "/actuator/health", "application/json").statusCode()).isEqualTo(200);
                assertThat(get(node.baseUrl() + "/dang-nhap", "text/html").statusCode()).isEqualTo(200);

                execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                        + "installed_by, execution_time, success) SELECT max(installed_rank) + 1, '" + newer + "', 'from a newer node', "
                        + "'SQL', 'V" + newer + "__from_a_newer_node.sql', 0, current_user, 1, true FROM flyway_schema_history");
                TwoNodesTest.awaitTrue(() -> node.bean(SchemaGuard.class).refusal() != null, Duration.ofSeconds(5));

                String reason = "Cơ sở dữ liệu đã ở phiên bản lược đồ " + newer + ", nút này chỉ biết đến " + known + ": cần nâng cấp nút";
                HttpResponse<String> api = get(node.baseUrl() + "/api/v1/programmes", "application/json");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                assertThat(api.headers().firstValue(NodeIdentity.HEADER)).contains("nut-cu");
                assertThat(api.body()).contains(reason);
                HttpResponse<String> page = get(node.baseUrl() + "/dang-nhap", "text/html");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("Nút nut-cu tạm ngừng phục vụ", reason);
                HttpResponse<String> health = get(node.baseUrl() + "/actuator/health", "application/json");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"");
            }
            assertThatThrownBy(() -> SecondNode.start(db, "nut-cu-2", Map.of()).close())
                    .isInstanceOf(NodeRefusedException.class)
                    .hasMessageStartingWith("Cơ sở dữ liệu đã ở phiên bản lược đồ " + newer + ", nút này chỉ biết đến " + known);
        }
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
