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
     * client {@code c} with {@code Authorization: Bearer tokens[c % tokens.size()]}; closed loop, no think time.
     */
    public static Map<String, Object> run(String url, List<String> tokens, int clients, int total, int seconds)
            throws InterruptedException {
        return run(url, tokens, clients, total, seconds, 0);
    }

    /**
     * As {@link #run(String, List, int, int, int)}, each client waiting {@code thinkMs} after each answer (0: a closed
     * loop at saturation). With a think time the clients start spread over one think time (not all at once), and the
     * offered rate is at most {@code clients × 1000 / thinkMs} requests per second.
     */
    public static Map<String, Object> run(String url, List<String> tokens, int clients, int total, int seconds, int thinkMs)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        Loop loop = new Loop(http, total, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds), thinkMs);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(c % tokens.size())).GET().build();
            long delayMs = thinkMs == 0 ? 0 : (long) c * thinkMs / clients;
            pool.execute(() -> loop.client(request, delayMs));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (loop.lastAnswer.get() - start) / 1e9;   // not the last think time
        int done = Math.min(loop.next.get(), total);
        double[] got = Arrays.copyOf(loop.latencies, done);
        Arrays.sort(got);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url);
        out.put("clients", clients);
        out.put("think_ms", thinkMs);
        out.put("offered_per_s", thinkMs == 0 ? "closed loop (as fast as answered)" : "≤ " + Math.round(clients * 1000.0 / thinkMs));
        out.put("requests", done);
        out.put("failures", loop.failures.get());
        out.put("first_failure_status", loop.firstFailure.get());
        out.put("throughput_per_s", Math.round(done / elapsed));
        out.put("p50_ms", RollUpBenchmark.round(pct(got, 0.50)));
        out.put("p95_ms", RollUpBenchmark.round(pct(got, 0.95)));
        out.put("p99_ms", RollUpBenchmark.round(pct(got, 0.99)));
        return out;
    }

    /** The shared state of one run: the next request's number, latencies, failures. */
    private static final class Loop {
        final HttpClient http;
        final double[] latencies;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger firstFailure = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong lastAnswer = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        final int total;
        final long deadline;
        final int thinkMs;

        Loop(HttpClient http, int total, long deadline, int thinkMs) {
            this.http = http;
            this.latencies = new double[total];
            this.total = total;
            this.deadline = deadline;
            this.thinkMs = thinkMs;
        }

        /** One client: after {@code delayMs}, request, wait for the answer, think, again. */
        void client(HttpRequest request, long delayMs) {
            if (!pause(delayMs)) {
                return;
            }
            int i;
            while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < total) {
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
                long answered = System.nanoTime();
                latencies[i] = (answered - t) / 1e6;
                lastAnswer.accumulateAndGet(answered, Math::max);
                if (!pause(thinkMs)) {
                    return;
                }
            }
        }

        private static boolean pause(long ms) {
            if (ms <= 0) {
                return true;
            }
            try {
                Thread.sleep(ms);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
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
