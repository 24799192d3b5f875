package vn.tiendo.bench;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.monitoring.RollUp;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Role;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * {@code tiendo bench map}: Bắc Ninh's 04-CTr/TU (the seed, read by the real reader) with a 2026 value for every
 * indicator in each of its 99 communes, then the dashboard page of the province with its map, warm, over HTTP on
 * loopback as a signed-in viewer (server time plus loopback), and the map data JSON the page fetches. Never used by tests.
 */
@Component
public class MapBenchmark {

    static final String PROVINCE = "24";
    static final String SEED = "/demo/seeds/003_98c881c0be3fca60.txt";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final ProgrammeImporter importer;
    private final RollUp rollUp;
    private final UserService users;
    private final OrgUnitRepository units;

    public MapBenchmark(JdbcClient jdbc, ProgrammeService programmes, ProgrammeImporter importer, RollUp rollUp,
                        UserService users, OrgUnitRepository units) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.importer = importer;
        this.rollUp = rollUp;
        this.users = users;
        this.units = units;
    }

    /** Seeds, signs in, warms up with {@code warmup} requests per address, then times {@code runs} each. */
    public Map<String, Object> run(String base, int warmup, int runs) throws Exception {
        long id = seed();
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND value_type <> 'YES_NO' ORDER BY ordinal LIMIT 1")
                .param(id).query(Long.class).single();
        HttpClient http = signIn(base);
        String page = base + "/chuong-trinh/" + id + "?nam=2026&don-vi=" + PROVINCE;
        String map = base + "/api/v1/dashboard/indicators/" + indicator + "/map?unit=" + PROVINCE + "&year=2026";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("communes with a value", jdbc.sql("SELECT count(DISTINCT org_unit_id) FROM data_value WHERE indicator_id = ?")
                .param(indicator).query(Integer.class).single());
        String body = get(http, page).body();
        out.put("page contains the map", body.contains("id=\"chart-map\""));
        out.put("page bytes", body.getBytes(StandardCharsets.UTF_8).length);
        out.put("map json bytes", get(http, map).body().getBytes(StandardCharsets.UTF_8).length);
        out.put("dashboard page with map (warm)", time(http, page, warmup, runs));
        out.put("map data json (warm)", time(http, map, warmup, runs));
        String commune = jdbc.sql("SELECT c.code FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = ? ORDER BY c.code LIMIT 1")
                .param(PROVINCE).query(String.class).single();
        out.put("baseline: same page of a commune, no map (warm)", time(http, base + "/chuong-trinh/" + id + "?nam=2026&don-vi=" + commune, warmup, runs));
        out.put("again: dashboard page with map (warm)", time(http, page, warmup, runs));
        return out;
    }

    /** The programme saved afresh (a new number each run) and a value for every commune and indicator, rolled up. */
    long seed() throws Exception {
        byte[] text;
        try (InputStream in = MapBenchmark.class.getResourceAsStream(SEED)) {
            text = in.readAllBytes();
        }
        ProgrammeDocument doc = ProgrammeImporter.withOverrides(importer.read("003.txt", text),
                "BENCH-MAP-" + UUID.randomUUID().toString().substring(0, 6), PROVINCE);
        long id = CurrentActor.runAs("bench", () -> programmes.save(doc, "bench", false));
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, created_by, updated_by)
                SELECT i.id, c.id, '2026', round((40 + random() * 60)::numeric, 2), 'bench', 'bench'
                  FROM indicator i, org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE i.programme_id = ? AND p.code = ? AND c.level = 'COMMUNE' AND i.value_type <> 'YES_NO'""")
                .params(id, PROVINCE).update();
        long commune = jdbc.sql("SELECT c.id FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = ? LIMIT 1")
                .param(PROVINCE).query(Long.class).single();
        for (long indicator : jdbc.sql("SELECT id FROM indicator WHERE programme_id = ?").param(id).query(Long.class).list()) {
            rollUp.onChange(indicator, commune, "2026");
        }
        return id;
    }

    private HttpClient signIn(String base) throws Exception {
        String username = "bench-map-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Bench-" + UUID.randomUUID();
        CurrentActor.runAs("bench", () -> {
            long user = users.create(new NewUser(username, "Đo bản đồ", null, PROVINCE, null, null), password, false);
            users.grant(user, Role.VIEWER, units.findByCode(PROVINCE).orElseThrow().id());
            return user;
        });
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(http, base + "/dang-nhap").body());
        String token = csrf.find() ? csrf.group(1) : "";
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        http.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode());
        }
        return r;
    }

    /** Median, p95 and max in ms of {@code runs} sequential requests after {@code warmup}. */
    private static String time(HttpClient http, String url, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(http, url);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            get(http, url);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", ms[runs / 2],
                ms[(int) Math.floor(runs * 0.95)], ms[runs - 1], runs);
    }

}
