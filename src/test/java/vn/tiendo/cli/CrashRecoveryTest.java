package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.tiendo.security.HttpSession;

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
        restartAndVerify();
    }

    /** Kills the server while one of its writes waits for the lock held by {@code lock}, then releases the lock. */
    void killHoldingLock(Connection lock) throws Exception {
        server.kill();
        lock.rollback();
        lock.close();
        restartAndVerify();
    }

    void restartAndVerify() throws Exception {
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

    static HttpSession admin() {
        HttpSession admin = new HttpSession(server.baseUrl());
        admin.login("admin", ChildServer.ADMIN_PASSWORD);
        return admin;
    }

    static <T> CompletableFuture<T> async(java.util.concurrent.Callable<T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                return null; // the server was killed
            }
        });
    }

    static long programmeCount(String number, String join) throws Exception {
        return count("SELECT count(*) FROM programme p " + join + " WHERE p.number = '" + number + "'");
    }

    /** The saved programme has exactly the document's indicators, targets and tasks. */
    static void completelyThere(String number, long[] indicatorsAndTargets, int tasks) throws Exception {
        assertThat(programmeCount(number, "JOIN indicator i ON i.programme_id = p.id")).isEqualTo(indicatorsAndTargets[0]);
        assertThat(programmeCount(number, "JOIN indicator i ON i.programme_id = p.id JOIN target t ON t.indicator_id = i.id"))
                .isEqualTo(indicatorsAndTargets[1]);
        assertThat(programmeCount(number, "JOIN task t ON t.programme_id = p.id")).isEqualTo(tasks);
    }

    @Test
    @Order(4)
    void aDocumentImportKilledWhileSavingIsAllOrNothing() throws Exception {
        String number = NUMBER + "-A";
        ObjectNode doc = CrashInputs.largeProgramme(number, 10);
        long[] expected = CrashInputs.indicatorsAndTargets(doc.get("indicators"));
        int tasks = doc.get("tasks").size();
        HttpSession admin = admin();
        HttpResponse<String> uploaded = admin.send(CrashInputs.multipart(admin, "/nhap-van-ban", "05-CTr-TU.txt",
                java.nio.file.Files.readAllBytes(ImportExportCommandTest.seed("000"))));
        String location = uploaded.headers().firstValue("Location").orElse("");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String draft = location.substring(location.lastIndexOf('/') + 1);
        // the draft as a long review left it (the column holds the document with the officer's edits): 10 times the items
        try (Connection c = server.jdbc(); java.sql.PreparedStatement st = c.prepareStatement(
                "UPDATE import_draft SET document = ? WHERE id = ?::uuid")) {
            st.setString(1, CrashInputs.text(doc));
            st.setString(2, draft);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        String version = Long.toString(count("SELECT version FROM import_draft WHERE id = '" + draft + "'"));
        // the save inserts the programme, its indicators and targets, then its tasks: hold it at the first task
        Connection lock = CrashInputs.lock(server, "task");
        CompletableFuture<HttpResponse<String>> response = async(() -> admin.post("/nhap-van-ban/" + draft + "/xac-nhan",
                Map.of("version", version)));
        String waiting = CrashInputs.waitingStatement(server, "INSERT INTO task%", response);
        assertThat(waiting).as("killed in the middle of the save: indicators and targets written, tasks waiting").isNotNull();
        killHoldingLock(lock);
        long saved = programmeCount(number, "");
        System.out.println("CrashRecoveryTest document import (" + expected[0] + " indicators, " + expected[1] + " targets, "
                + tasks + " tasks): " + saved + " programme after the kill");
        if (saved == 1) {
            completelyThere(number, expected, tasks);
            return;
        }
        assertThat(saved).as("all or nothing").isZero();
        assertThat(count("SELECT count(*) FROM import_draft WHERE id = '" + draft + "'")).as("the draft is kept").isEqualTo(1);
        HttpSession again = admin();
        HttpResponse<String> confirmed = again.post("/nhap-van-ban/" + draft + "/xac-nhan", Map.of("version", version));
        assertThat(confirmed.headers().firstValue("Location").orElse("")).as(confirmed.body()).contains("/nhap-van-ban/da-luu/");
        completelyThere(number, expected, tasks);
    }

    @Test
    @Order(5)
    void anExcelUploadKilledBeforeItsRollUpIsAllOrNothing() throws Exception {
        // the tenfold programme of the import case when it is there (ten times the rows), else the seed's
        long programme = count("SELECT id FROM programme WHERE number IN ('" + NUMBER + "', '" + NUMBER + "-A')"
                + " ORDER BY number = '" + NUMBER + "-A' DESC LIMIT 1");
        String commune = firstCommune();
        java.util.Set<String> numeric = new java.util.HashSet<>();
        try (Connection c = server.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT code FROM indicator WHERE value_type IN ('NUMBER', 'PERCENT') AND programme_id = " + programme)) {
            while (rs.next()) {
                numeric.add(rs.getString(1));
            }
        }
        HttpSession admin = admin();
        String path = "/nhap-lieu/" + programme + "/" + commune + "/2026";
        byte[] template = ChildServer.sendBytes(HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "/mau.xlsx"))
                .header("Cookie", "JSESSIONID=" + admin.sessionId()).GET().build());
        CrashInputs.Filled filled = CrashInputs.fill(template, numeric);
        assertThat(filled.values()).isGreaterThan(5);
        String quarters = "SELECT count(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN org_unit u ON u.id = v.org_unit_id"
                + " WHERE i.programme_id = " + programme + " AND u.code = '" + commune + "' AND v.period = '2026' AND v.value % 1 = 0.25";
        Connection lock = CrashInputs.lock(server, "aggregate_value");
        CompletableFuture<HttpResponse<String>> response = async(() -> admin.send(
                CrashInputs.multipart(admin, path + "/excel", "crash-c.xlsx", filled.file())));
        String waiting = CrashInputs.waitingStatement(server, "%aggregate_value%", response);
        assertThat(waiting).as("killed after the values were written, in the roll-up").isNotNull();
        killHoldingLock(lock);
        long written = count(quarters);
        System.out.println("CrashRecoveryTest Excel upload (" + filled.values() + " values): " + written + " after the kill");
        assertThat(written).as("all or nothing").isIn(0L, (long) filled.values());
        HttpSession again = admin();
        HttpResponse<String> uploaded = again.send(CrashInputs.multipart(again, path + "/excel", "crash-c.xlsx", filled.file()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(count(quarters)).isEqualTo(filled.values());
    }

    @Test
    @Order(6)
    void anApprovalKilledBeforeItsAuditRecordIsAllOrNothing() throws Exception {
        long programme = count("SELECT id FROM programme WHERE number = '" + NUMBER + "'");
        String commune = firstCommune();
        String path = "/api/v1/reports/" + programme + "/" + commune + "/2026S1";
        HttpResponse<String> submitted = ChildServer.send(post(path + "/submit", "{\"reason\":\"Kiểm thử sự cố\"}"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        String report = "SELECT %s FROM period_report r JOIN org_unit u ON u.id = r.org_unit_id WHERE r.programme_id = " + programme
                + " AND u.code = '" + commune + "' AND r.period = '2026S1'";
        String approvals = "SELECT count(*) FROM audit_event WHERE action = 'APPROVE' AND object_type = 'period_report'"
                + " AND object_id = (" + report.formatted("r.id::text") + ")";
        long notifications = count("SELECT count(*) FROM notification");
        // the approval updates the report's state, then writes its audit record and notifications: hold it at the audit
        Connection lock = CrashInputs.lock(server, "audit_event");
        CompletableFuture<HttpResponse<String>> response = async(() -> ChildServer.send(post(path + "/approve", "")));
        String waiting = CrashInputs.waitingStatement(server, "%INSERT INTO audit_event%", response);
        assertThat(waiting).as("killed with the state updated and the audit record waiting").isNotNull();
        killHoldingLock(lock);
        String state = stateOf(report);
        System.out.println("CrashRecoveryTest approval: " + state + " after the kill");
        assertThat(state).as("all or nothing").isIn("SUBMITTED", "APPROVED");
        assertThat(count(approvals)).isEqualTo(state.equals("APPROVED") ? 1 : 0);
        if (state.equals("SUBMITTED")) {
            assertThat(count("SELECT count(*) FROM notification")).isEqualTo(notifications);
            HttpResponse<String> approved = ChildServer.send(post(path + "/approve", ""));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
        assertThat(stateOf(report)).isEqualTo("APPROVED");
        assertThat(count(approvals)).isEqualTo(1);
    }

    static String stateOf(String report) throws Exception {
        try (Connection c = server.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(report.formatted("r.state"))) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String firstCommune() throws Exception {
        try (Connection c = server.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT min(code) FROM org_unit WHERE level = 'COMMUNE' AND parent_id = (SELECT id FROM org_unit WHERE code = '12')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
