package vn.tiendo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.security.HttpSession;

/**
 * A real {@code tiendo} child process ({@code java -cp <test class path> vn.tiendo.cli.Main …}) on a data folder, for
 * the crash tests: started on a free port, killed with SIGKILL or stopped, its PostgreSQL reachable by JDBC.
 */
final class ChildServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Mk-crash-15-" + Long.toHexString(System.nanoTime());
    private static final Pattern RUNNING = Pattern.compile("Tiến Độ đang chạy tại http://localhost:(\\d+)/");

    final Path dataDir;
    final Process process;
    final int port;
    final List<String> output;

    private ChildServer(Path dataDir, Process process, int port, List<String> output) {
        this.dataDir = dataDir;
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Runs a short command (import, verify…) in a child process and returns its exit code and output. */
    static MainTest.Run command(Path dataDir, String... args) throws Exception {
        List<String> cmd = java();
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("command did not end: " + out);
        }
        return new MainTest.Run(p.exitValue(), out, "");
    }

    static ChildServer serve(Path dataDir, String... systemProperties) throws Exception {
        List<String> cmd = java(systemProperties);
        cmd.addAll(List.of("serve", "--port", "0", "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TIENDO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process p = pb.start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    Matcher m = RUNNING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            port.completeExceptionally(new IllegalStateException("serve ended before running:\n" + String.join("\n", lines)));
        }, "child-server-output");
        reader.setDaemon(true);
        reader.start();
        return new ChildServer(dataDir, p, port.get(180, TimeUnit.SECONDS), lines);
    }

    private static List<String> java(String... systemProperties) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dtiendo.backup.nightly=false", "-Dtiendo.reminders.scheduled=false"));
        cmd.addAll(List.of(systemProperties));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.tiendo.cli.Main"));
        return cmd;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in as the first administrator and creates an API token. */
    String apiToken() {
        HttpSession admin = new HttpSession(baseUrl());
        admin.login("admin", ADMIN_PASSWORD);
        String page = admin.post("/tai-khoan/ma-truy-cap", java.util.Map.of("name", "crash-" + System.nanoTime())).body();
        Matcher m = Pattern.compile("id=\"new-token\">([^<]+)<").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no token on the account page");
        }
        return m.group(1).strip();
    }

    /** A connection to the child's embedded PostgreSQL (port from postmaster.pid). */
    Connection jdbc() throws SQLException, IOException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort() + "/postgres", "postgres", null);
    }

    int postgresPort() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(3).trim());
    }

    long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    static byte[] sendBytes(HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + ": " + r.statusCode());
        }
        return r.body();
    }

    /** SIGKILL: no shutdown hook runs; the embedded PostgreSQL outlives it and rolls back its open transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (Files.exists(dataDir.resolve("pg/postmaster.pid"))) { // a postgres left behind by a killed server
            ProcessHandle.of(postgresPid()).ifPresent(pg -> {
                pg.destroy();
                pg.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }
}
