package vn.tiendo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The steady load of {@code scripts/cluster test}: signed-in officers (a real form login through nginx, session cookie,
 * the page's CSRF token) that write values through the entry form, each write a number no other write carries, and
 * API readers of a dashboard (bearer token). Every request is logged with its time, outcome and the node that answered ({@code X-Tiendo-Node}), so
 * the script can tell failures inside a fault's grace window from failures after it, and {@link ClusterLoadCheck} can
 * find every acknowledged write in the database. Runs until the stop file is removed or the time is up.
 */
public final class ClusterLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** One logged request: epoch ms, kind (read, page, write, login), unit, value, status (0 = no answer), outcome, node, latency. */
    record Entry(long at, String kind, String unit, String value, int status, boolean ok, String node, long millis) {

        String line() {
            return at + "\t" + kind + "\t" + unit + "\t" + value + "\t" + status + "\t" + (ok ? "ok" : "fail") + "\t" + node + "\t" + millis;
        }

        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            return new Entry(Long.parseLong(f[0]), f[1], f[2], f[3], Integer.parseInt(f[4]), f[5].equals("ok"), f[6], Long.parseLong(f[7]));
        }
    }

    private record Reply(int status, String body, String node) {
    }

    private final String baseUrl;
    private final ClusterLoadSetup.Setup setup;
    private final BufferedWriter log;

    private ClusterLoad(String baseUrl, ClusterLoadSetup.Setup setup, BufferedWriter log) {
        this.baseUrl = baseUrl;
        this.setup = setup;
        this.log = log;
    }

    /** Runs one writer per unit of the setup and {@code readers} reader threads; returns counts by kind and outcome. */
    public static Map<String, Long> run(String baseUrl, ClusterLoadSetup.Setup setup, int readers, Path logFile, Path stopFile,
                                        int seconds) throws InterruptedException {
        try (BufferedWriter w = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            ClusterLoad load = new ClusterLoad(baseUrl, setup, w);
            List<Session> writers = new ArrayList<>();
            for (int i = 0; i < setup.units().size(); i++) {
                Session s = load.new Session();
                s.login();
                writers.add(s);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(setup.units().size() + readers);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < writers.size(); i++) {
                Session s = writers.get(i);
                int index = i;
                futures.add(pool.submit(() -> s.loop(deadline, stopFile, () -> s.write(index))));
            }
            for (int i = 0; i < readers; i++) {
                Session s = load.new Session();
                futures.add(pool.submit(() -> s.loop(deadline, stopFile, s::read)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            pool.shutdown();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ClusterLoadCheck.counts(ClusterLoadCheck.read(logFile));
    }

    private synchronized void record(Entry e) {
        try {
            log.write(e.line());
            log.newLine();
            log.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One signed-in browser: its own cookie jar and CSRF token. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        private String csrf = "";
        private long seq;

        void login() {
            send(HttpRequest.newBuilder(uri("/dang-nhap")).GET());
            Reply r = form("/dang-nhap", Map.of("username", setup.username(), "password", setup.password()));
            boolean ok = r.status() == 302;
            send(HttpRequest.newBuilder(uri("/tai-khoan")).GET());
            record(new Entry(System.currentTimeMillis(), "login", "", "", r.status(), ok, r.node(), 0));
            if (!ok) {
                throw new IllegalStateException("Đăng nhập qua " + baseUrl + " thất bại: " + r.status());
            }
        }

        Void loop(long deadline, Path stopFile, Runnable once) throws InterruptedException {
            while (System.nanoTime() < deadline && (stopFile == null || Files.exists(stopFile))) {
                once.run();
                Thread.sleep(20);
            }
            return null;
        }

        /** The dashboard answer of the province through the API with the bearer token (a read the replica may serve). */
        void read() {
            long t0 = System.currentTimeMillis();
            Reply r = send(HttpRequest.newBuilder(uri("/api/v1/dashboard/programmes/" + setup.programmeId() + "/status?unit=12&year=2026"))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + setup.token()).GET());
            record(new Entry(t0, "read", "12", "", r.status(), r.status() == 200, r.node(), System.currentTimeMillis() - t0));
        }

        /** Reads the entry form of unit {@code index} (its version), then saves a new value through the form. */
        void write(int index) {
            String unit = setup.units().get(index);
            String page = "/nhap-lieu/" + setup.programmeId() + "/" + unit + "/" + ClusterLoadSetup.PERIOD;
            String value = String.valueOf((index + 1) * 1_000_000L + ++seq);
            long t0 = System.currentTimeMillis();
            Reply form = send(HttpRequest.newBuilder(uri(page)).GET());
            // the signed-in page itself: a read, answered from the replica while the primary is gone
            record(new Entry(t0, "page", unit, "", form.status(), form.status() == 200 && form.body().contains("name=\"ver_"),
                    form.node(), System.currentTimeMillis() - t0));
            if (form.status() != 200) {
                record(new Entry(t0, "write", unit, value, form.status(), false, form.node(), System.currentTimeMillis() - t0));
                return;
            }
            long id = setup.indicatorId();
            String old = group(Pattern.compile("name=\"o_" + id + "\" value=\"([^\"]*)\""), form.body());
            String version = group(Pattern.compile("name=\"ver_" + id + "\" value=\"(\\d*)\""), form.body());
            Reply r = form(page, Map.of("v_" + id, value, "o_" + id, old, "ver_" + id, version, "n_" + id, "", "on_" + id, ""));
            boolean ok = r.status() == 200 && r.body().contains("Đã lưu 1 số liệu");
            record(new Entry(t0, "write", unit, value, r.status(), ok, r.node(), System.currentTimeMillis() - t0));
        }

        private Reply form(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Reply send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher m = CSRF.matcher(r.body());
                if (m.find() && !m.group(1).isEmpty()) {
                    csrf = m.group(1);
                }
                return new Reply(r.statusCode(), r.body(), r.headers().firstValue("X-Tiendo-Node").orElse("-"));
            } catch (IOException e) {
                return new Reply(0, String.valueOf(e), "-");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(0, "interrupted", "-");
            }
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
