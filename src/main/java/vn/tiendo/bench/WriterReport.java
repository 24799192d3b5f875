package vn.tiendo.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a {@link WritersBenchmark} run: acknowledged writes per second, conflicts (and how many named who
 * saved), refusals, server errors, lost updates from the audit check, latency percentiles of the writes.
 */
public record WriterReport(int writers, double seconds, int acknowledged, int conflicts, int conflictsNamingWinner, int refused,
                           int serverErrors, List<String> lostUpdates, int unacknowledgedStored, int auditedVersions,
                           double p50Millis, double p95Millis, double maxMillis, Map<String, Integer> acknowledgedByChannel,
                           List<String> samples) {

    static WriterReport of(int writers, double seconds, List<WriterLoop.Attempt> attempts, WriterAudit.Findings findings) {
        double[] ms = attempts.stream().mapToDouble(a -> a.nanos() / 1e6).sorted().toArray();
        Map<String, Integer> byChannel = new TreeMap<>();
        attempts.stream().filter(a -> a.outcome() == WriterLoop.Outcome.ACKNOWLEDGED)
                .forEach(a -> byChannel.merge(a.writer().channel().name(), 1, Integer::sum));
        List<String> samples = attempts.stream().filter(a -> a.outcome() == WriterLoop.Outcome.SERVER_ERROR
                        || a.outcome() == WriterLoop.Outcome.REFUSED || a.outcome() == WriterLoop.Outcome.CONFLICT && !a.namesWinner())
                .limit(5).map(a -> a.writer().channel() + " " + a.status() + ": " + a.excerpt()).toList();
        return new WriterReport(writers, seconds, count(attempts, WriterLoop.Outcome.ACKNOWLEDGED),
                count(attempts, WriterLoop.Outcome.CONFLICT), (int) attempts.stream().filter(WriterLoop.Attempt::namesWinner).count(),
                count(attempts, WriterLoop.Outcome.REFUSED), count(attempts, WriterLoop.Outcome.SERVER_ERROR), findings.lostUpdates(),
                findings.unacknowledgedStored(), findings.auditedVersions(), percentile(ms, 0.50), percentile(ms, 0.95),
                ms.length == 0 ? 0 : ms[ms.length - 1], byChannel, samples);
    }

    private static int count(List<WriterLoop.Attempt> attempts, WriterLoop.Outcome o) {
        return (int) attempts.stream().filter(a -> a.outcome() == o).count();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Acknowledged writes per second. */
    public double writesPerSecond() {
        return acknowledged / seconds;
    }

    /** The figures as printed by the command and copied to BENCHMARKS.md. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("writers (half on one unit)", writers);
        m.put("duration s", String.format("%.1f", seconds));
        m.put("acknowledged writes", acknowledged);
        m.put("acknowledged writes/s", String.format("%.1f", writesPerSecond()));
        m.put("acknowledged by channel", acknowledgedByChannel);
        m.put("conflicts 409 (naming who saved)", conflicts + " (" + conflictsNamingWinner + ")");
        m.put("refused other", refused);
        m.put("server errors 5xx", serverErrors);
        m.put("lost updates", lostUpdates.size());
        m.put("stored but unacknowledged", unacknowledgedStored);
        m.put("audited versions", auditedVersions);
        m.put("write latency p50/p95/max ms", String.format("%.1f / %.1f / %.1f", p50Millis, p95Millis, maxMillis));
        if (!samples.isEmpty()) {
            m.put("samples", samples);
        }
        if (!lostUpdates.isEmpty()) {
            m.put("lost", lostUpdates.subList(0, Math.min(5, lostUpdates.size())));
        }
        return m;
    }

}
