package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash tests on a real {@code tiendo serve} child process (one data folder shared by the cases, restarted after
 * each kill): a write killed with SIGKILL is either all there or not at all after restart, and {@code tiendo verify}
 * finds every aggregate equal to its recomputation; a killed embedded PostgreSQL gives DOWN and 503s, then comes back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

    static final String NUMBER = "CRASH-15";
    static final String KEY = NUMBER + "@12";
    static final List<Integer> YEARS = List.of(2025, 2026, 2027, 2028, 2029, 2030);
    static final List<String> INDICATORS = List.of("I.1", "I.4", "I.5", "I.6", "II.2", "II.3");

    @TempDir
    static Path dir;
    static ChildServer server;
    static String token;

    @BeforeAll
    static void importAProgrammeAndServe() throws Exception {
        MainTest.Run imported = ChildServer.command(dir, "import", ImportExportCommandTest.seed("000").toAbsolutePath().toString(),
                "--number", NUMBER, "--unit", "12");
        assertThat(imported.code()).as(imported.out()).isZero();
        server = ChildServer.serve(dir, "-Dtiendo.db.connect-timeout-ms=3000", "-Dtiendo.db-watchdog.period=PT15S");
        token = server.apiToken();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** 10,000 values of the province programme's numeric indicators at its 38 communes, for periods of the given years. */
    static String bulk(List<Integer> years, int shift) throws Exception {
        List<String> periods = new ArrayList<>();
        for (int y : years) {
            periods.addAll(List.of(y + "", y + "S1", y + "S2", y + "Q1", y + "Q2", y + "Q3", y + "Q4", y + "N9"));
        }
        List<String> communes = new ArrayList<>();
        try (Connection c = server.jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code FROM org_unit WHERE level = 'COMMUNE'"
                     + " AND parent_id = (SELECT id FROM org_unit WHERE code = '12') ORDER BY code")) {
            while (rs.next()) {
                communes.add(rs.getString(1));
            }
        }
        StringBuilder json = new StringBuilder("{\"dataValues\":[");
        int n = 0;
        outer:
        for (String period : periods) {
            for (String indicator : INDICATORS) {
                for (String commune : communes) {
                    if (n == 10_000) {
                        break outer;
                    }
                    json.append(n++ == 0 ? "" : ",").append("{\"dataElement\":\"").append(KEY).append('#').append(indicator)
                            .append("\",\"orgUnit\":\"").append(commune).append("\",\"period\":\"").append(period)
                            .append("\",\"value\":\"").append(shift + n % 50).append("\"}");
                }
            }
        }
        assertThat(n).isEqualTo(10_000);
        return json.append("]}").toString();
    }

    static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static long count(String sql) throws Exception {
        try (Connection c = server.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The programme's values written by the bulk set with this shift (values from shift to shift + 49). */
    static long valuesOf(int shift) throws Exception {
        return count("SELECT count(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN programme p ON p.id = i.programme_id"
                + " WHERE p.number = '" + NUMBER + "' AND v.value BETWEEN " + shift + " AND " + (shift + 49));
    }

    /** Waits until the server's PostgreSQL runs a statement matching {@code like} in an open transaction. */
    static boolean waitForStatement(String like, CompletableFuture<?> response) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Connection c = server.jdbc(); Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline && !response.isDone()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                        + " AND xact_start IS NOT NULL AND query ILIKE '" + like + "'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(5);
            }
            try (ResultSet rs = st.executeQuery("SELECT state || ' ' || coalesce(xact_start::text, '-') || ' ' || left(query, 120)"
                    + " FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
                while (rs.next()) {
                    System.out.println("pg_stat_activity: " + rs.getString(1));
                }
            }
            System.out.println("response: " + (response.isDone() ? response.join() : "pending"));
            if (response.isDone() && response.join() instanceof HttpResponse<?> r) {
                System.out.println(r.statusCode() + " " + String.valueOf(r.body()).substring(0, Math.min(2000, String.valueOf(r.body()).length())));
            }
        }
        return false;
    }

    void killRestartAndVerify() throws Exception {
        server.kill();
        server = ChildServer.serve(dir, "-Dtiendo.db.connect-timeout-ms=3000", "-Dtiendo.db-watchdog.period=PT15S");
        token = server.apiToken();
        MainTest.Run verify = MainTest.run("verify", "--data-dir", dir.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("tất cả khớp");
    }

    @Test
    @Order(1)
    void aBulkWriteOfTenThousandValuesKilledMidwayIsAllOrNothing() throws Exception {
        String json = bulk(YEARS, 1);
        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> {
            try {
                return ChildServer.send(post("/api/v1/dataValueSets", json));
            } catch (Exception e) {
                return null;
            }
        });
        assertThat(waitForStatement("%data_value%", response)).as("the write is under way").isTrue();
        Thread.sleep(200);
        killRestartAndVerify();
        long written = valuesOf(1);
        System.out.println("CrashRecoveryTest bulk write: " + written + " values after the kill");
        assertThat(written).as("all or nothing").isIn(0L, 10_000L);
    }

    @Test
    @Order(2)
    void aWriteKilledInItsRollUpLeavesTheValuesAndAggregatesAsBefore() throws Exception {
        String json = bulk(YEARS, 51);
        long aggregatesBefore = count("SELECT count(*) FROM aggregate_value");
        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> {
            try {
                return ChildServer.send(post("/api/v1/dataValueSets", json));
            } catch (Exception e) {
                return null;
            }
        });
        // the roll-up's statement (RollUp.COMBINE) starts with this CTE; pg_stat_activity keeps its first 1 kB
        boolean inRollUp = waitForStatement("WITH kids AS%", response);
        assertThat(inRollUp).as("killed during the roll-up, before the response").isTrue();
        killRestartAndVerify();
        long written = valuesOf(51);
        System.out.println("CrashRecoveryTest roll-up: " + written + " values after the kill");
        assertThat(written).as("all or nothing").isIn(0L, 10_000L);
        if (written == 0) {
            assertThat(count("SELECT count(*) FROM aggregate_value")).isEqualTo(aggregatesBefore);
        }
    }

    @Test
    @Order(3)
    void aKilledDatabaseGivesDownAndVietnamese503sThenTheServerRestartsIt() throws Exception {
        String one = "{\"dataValues\":[{\"dataElement\":\"" + KEY + "#I.6\",\"orgUnit\":\"" + firstCommune()
                + "\",\"period\":\"2027Q3\",\"value\":\"777\"}]}";
        ProcessHandle postgres = ProcessHandle.of(server.postgresPid()).orElseThrow();
        postgres.destroyForcibly();
        postgres.onExit().get(30, TimeUnit.SECONDS);

        HttpResponse<String> health = ChildServer.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/actuator/health")).GET().build());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        HttpResponse<String> write = ChildServer.send(post("/api/v1/dataValueSets", one));
        assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(write.body()).contains("\"status\":503", "Cơ sở dữ liệu tạm thời không truy cập được", "chưa được lưu")
                .doesNotContain("Exception", "SQL");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (ChildServer.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/actuator/health")).GET().build()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the server restarts its database by itself").isLessThan(deadline);
            Thread.sleep(500);
        }
        assertThat(count("SELECT count(*) FROM data_value WHERE value = 777 AND period = '2027Q3'")).as("the refused write left nothing").isZero();
        HttpResponse<String> again = ChildServer.send(post("/api/v1/dataValueSets", one));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM data_value WHERE value = 777 AND period = '2027Q3'")).isEqualTo(1);
        MainTest.Run verify = MainTest.run("verify", "--data-dir", dir.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    static String firstCommune() throws Exception {
        try (Connection c = server.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT min(code) FROM org_unit WHERE level = 'COMMUNE' AND parent_id = (SELECT id FROM org_unit WHERE code = '12')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
