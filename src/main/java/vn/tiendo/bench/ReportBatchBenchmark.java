package vn.tiendo.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.ReportRenderer;
import vn.tiendo.report.ReportRequest;
import vn.tiendo.report.batch.BatchRequest;
import vn.tiendo.report.batch.ReportBatch;
import vn.tiendo.report.batch.ReportBatchService;

/**
 * {@code tiendo bench reports}: every commune report of a province (Lai Châu, 38 communes) through the batch runner,
 * the way "Xuất báo cáo toàn tỉnh" makes them: total time, time per report, one warm single report, the ZIP, and the
 * heap (used after, and the peak of the heap pools during the batch). Renders with the application's
 * {@link ReportRenderer}, or with {@code --stand-in} a renderer of fixed-size incompressible files that measures the
 * batch machinery alone (database writes, ZIP). Never used by tests.
 */
@Component
public class ReportBatchBenchmark {

    private final ReportBatchService batches;
    private final ProgrammeService programmes;
    private final ObjectProvider<ReportRenderer> renderers;

    public ReportBatchBenchmark(ReportBatchService batches, ProgrammeService programmes, ObjectProvider<ReportRenderer> renderers) {
        this.batches = batches;
        this.programmes = programmes;
        this.renderers = renderers;
    }

    /** The options of a run; {@code standInBytes} 0 for the application's renderer. */
    public record Options(String programme, String unit, String period, ReportFormat format, int warm, String warmUnit, int standInBytes) {
    }

    public Map<String, Object> run(Options o) {
        long programme = programmes.findId(o.programme()).orElseThrow(() -> new IllegalArgumentException("Không có văn bản \""
                + o.programme() + "\": nhập trước, ví dụ ./tiendo import ../shared/seeds/000_f08d51100ad4b942.txt"));
        ReportRenderer renderer = o.standInBytes() > 0 ? new StandIn(o.standInBytes()) : renderers.getIfUnique();
        if (renderer == null) {
            throw new IllegalStateException("Chưa có bộ tạo báo cáo (ReportRenderer) trong bản này; dùng --stand-in để đo riêng phần lô.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("renderer", o.standInBytes() > 0 ? "stand-in, " + o.standInBytes() + " bytes per report" : renderer.getClass().getName());
        out.put("max heap (MB)", mb(Runtime.getRuntime().maxMemory()));
        warm(out, renderer, new ReportRequest(programme, null, o.period(), o.format(), null), o);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Long> perItem = new ArrayList<>();
        long[] last = {System.nanoTime()};
        long t0 = last[0];
        ReportBatch b = CurrentActor.runAs("bench", () -> batches.runHere(new BatchRequest(programme, o.unit(), o.period(), o.format(), null),
                renderer, (batch, item) -> {
                    long now = System.nanoTime();
                    perItem.add(now - last[0]);
                    last[0] = now;
                }));
        long batchNanos = System.nanoTime() - t0;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long t1 = System.nanoTime();
        long[] zipBytes = {0};
        batches.writeZip(b.id(), new OutputStream() {
            @Override
            public void write(int x) {
                zipBytes[0]++;
            }

            @Override
            public void write(byte[] buf, int off, int len) {
                zipBytes[0] += len;
            }
        });
        out.put("batch", b.id() + " " + b.state() + ", " + (b.done() - b.failed()) + "/" + b.total() + " reports, " + b.failed() + " failed");
        out.put("all reports (s)", String.format("%.1f", batchNanos / 1e9));
        out.put("per report ms (median / max)", stats(perItem));
        out.put("zip (s, MB)", String.format("%.2f s, %.1f MB", (System.nanoTime() - t1) / 1e9, zipBytes[0] / 1048576.0));
        out.put("heap peak during batch (MB, sum of heap pools)", mb(peak));
        Runtime rt = Runtime.getRuntime();
        out.put("heap used after (MB)", mb(rt.totalMemory() - rt.freeMemory()));
        return out;
    }

    /** One commune's report, {@code warm} times: the last is the warm single-report time. */
    private void warm(Map<String, Object> out, ReportRenderer renderer, ReportRequest template, Options o) {
        if (o.warm() <= 0) {
            return;
        }
        String commune = o.warmUnit();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < o.warm(); i++) {
            long t = System.nanoTime();
            renderer.render(new ReportRequest(template.programmeId(), commune, template.period(), template.format(), null));
            times.add(System.nanoTime() - t);
        }
        out.put("one report " + commune + " ms (first / last of " + o.warm() + ")",
                String.format("%.0f / %.0f", times.get(0) / 1e6, times.get(times.size() - 1) / 1e6));
    }

    private static String stats(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "–";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%.0f / %.0f", sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Incompressible bytes of a fixed size, headed by the request (a DOCX of a commune is some tens of KB). */
    static final class StandIn implements ReportRenderer {
        private final int size;

        StandIn(int size) {
            this.size = size;
        }

        @Override
        public byte[] render(ReportRequest r) {
            byte[] out = new byte[size];
            new Random(r.unitCode().hashCode()).nextBytes(out);
            byte[] head = (r.unitCode() + "|" + r.period() + "|" + r.format()).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, out, 0, Math.min(head.length, size));
            return Arrays.copyOf(out, size);
        }
    }
}
