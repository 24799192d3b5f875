package vn.tiendo.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tiendo.report.OfficialReportRenderer;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.ReportRequest;

/** Times one official report (warm): two renders to warm up, then {@code runs} timed renders of the same request. */
@Component
public class ReportBenchmark {

    private final OfficialReportRenderer renderer;

    public ReportBenchmark(OfficialReportRenderer renderer) {
        this.renderer = renderer;
    }

    public Map<String, Object> run(long programmeId, String unitCode, String period, ReportFormat format, int runs) {
        ReportRequest request = new ReportRequest(programmeId, unitCode, period, format, null);
        int size = 0;
        for (int i = 0; i < 2; i++) {
            size = renderer.render(request).length;
        }
        long[] ms = new long[Math.max(1, runs)];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            renderer.render(request);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report " + format.extension() + " " + unitCode + " " + period, size + " byte");
        m.put("runs", ms.length);
        m.put("median ms", ms[ms.length / 2]);
        m.put("p95 ms", ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]);
        m.put("max ms", ms[ms.length - 1]);
        m.put("heap used MB", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        return m;
    }
}
