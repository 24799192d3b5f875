package vn.tiendo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A bounded HTTP load loop: N concurrent clients on loopback, latency percentiles, and the JVM heap. */
public final class DashboardLoad {

    private DashboardLoad() {
    }

    /**
     * Sends {@code total} GET requests to {@code url} from {@code clients} threads (at most {@code seconds}),
     * client {@code c} with {@code Authorization: Bearer tokens[c % tokens.size()]}.
     */
    public static Map<String, Object> run(String url, List<String> tokens, int clients, int total, int seconds)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        double[] latencies = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger firstFailure = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(c % tokens.size())).GET().build();
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            firstFailure.compareAndSet(0, r.statusCode());
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = (System.nanoTime() - t) / 1e6;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), total);
        double[] got = Arrays.copyOf(latencies, done);
        Arrays.sort(got);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url);
        out.put("clients", clients);
        out.put("requests", done);
        out.put("failures", failures.get());
        out.put("first_failure_status", firstFailure.get());
        out.put("throughput_per_s", Math.round(done / elapsed));
        out.put("p50_ms", RollUpBenchmark.round(pct(got, 0.50)));
        out.put("p95_ms", RollUpBenchmark.round(pct(got, 0.95)));
        out.put("p99_ms", RollUpBenchmark.round(pct(got, 0.99)));
        return out;
    }

    /** Heap: the configured maximum and the peak used over the run (sum of the heap pools' peaks). */
    public static Map<String, Object> heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("heap_peak_used_mb", peak / (1024 * 1024));
        System.gc();
        out.put("heap_used_after_gc_mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        return out;
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
