package vn.tiendo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.Completeness;
import vn.tiendo.dataapproval.CompletenessService;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;

/**
 * {@code tiendo bench approval}: a national programme with a report for every province and commune for 2026S1 (states
 * spread as in a cycle in motion), then (1) completeness for the nation, warm, and (2) approving Bắc Ninh's report
 * (code 24, 99 communes below, all approved), the report reset to Đã gửi between runs. Never used by tests.
 */
@Component
public class ApprovalBenchmark {

    static final String PERIOD = "2026S1";
    static final String PROVINCE = "24";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final ApprovalService approvals;
    private final CompletenessService completeness;

    public ApprovalBenchmark(JdbcClient jdbc, ProgrammeService programmes, ApprovalService approvals, CompletenessService completeness) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.approvals = approvals;
        this.completeness = completeness;
    }

    public Map<String, Object> run(int runs) {
        long programme = seed();
        Map<String, Object> out = new LinkedHashMap<>();
        Completeness c = completeness.completeness(programme, PERIOD, "VN");
        out.put("reports expected (nation)", c.expected());
        out.put("submitted / approved", c.submitted() + " / " + c.approved());
        if (Boolean.getBoolean("tiendo.bench.explain")) {
            jdbc.sql("EXPLAIN ANALYZE " + vn.tiendo.dataapproval.ReportStore.BELOW).param("parent", nation()).param("period", PERIOD)
                    .param("programme", programme).param("direct", false).param("cutOff", LocalDate.of(2026, 6, 14))
                    .query(String.class).list().forEach(System.out::println);
        }
        out.put("completeness nation", stats(runs, () -> completeness.completeness(programme, PERIOD, "VN")));
        out.put("completeness province 12", stats(runs, () -> completeness.completeness(programme, PERIOD, "12")));
        int communes = jdbc.sql("SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = ?"
                + " AND c.level = 'COMMUNE'").param(PROVINCE).query(Integer.class).single();
        out.put("communes below province " + PROVINCE, communes);
        out.put("approve province " + PROVINCE, stats(runs, () -> {
            jdbc.sql("UPDATE period_report SET state = 'SUBMITTED', approved_by = NULL, approved_at = NULL WHERE programme_id = ?"
                    + " AND period = ? AND org_unit_id = (SELECT id FROM org_unit WHERE code = ?)").params(programme, PERIOD, PROVINCE).update();
            long t0 = System.nanoTime();
            CurrentActor.runAs("bench", () -> approvals.approve(programme, PROVINCE, PERIOD));
            return System.nanoTime() - t0;
        }, true));
        return out;
    }

    private long nation() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'VN'").query(Long.class).single();
    }

    /** The programme and its reports: every commune of 24 approved, 24 submitted; elsewhere a mix of states. */
    long seed() {
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("BENCH-BC-" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2026, 1, 5), "Ban Chỉ đạo", new OrgUnitRef("VN", null), "kế hoạch", List.of("71-NQ/TW"),
                "Kế hoạch mô phỏng cho đo hiệu năng báo cáo kỳ"), List.of(), List.of(), List.of());
        long id = CurrentActor.runAs("bench", () -> programmes.save(doc, "bench", false));
        jdbc.sql("""
                INSERT INTO period_report (programme_id, org_unit_id, period, state, first_submitted_at, submitted_by, submitted_at,
                                           approved_by, approved_at, updated_by)
                SELECT ?, u.id, ?, s.state, s.at, 'bench', s.at, CASE WHEN s.state = 'APPROVED' THEN 'bench' END,
                       CASE WHEN s.state = 'APPROVED' THEN s.at + interval '2 days' END, 'bench'
                  FROM org_unit u
                  JOIN org_unit p ON p.id = u.parent_id
                  CROSS JOIN LATERAL (SELECT CASE WHEN p.code = ? THEN 'APPROVED' WHEN u.code = ? THEN 'SUBMITTED'
                                                  WHEN u.id % 10 < 4 THEN 'APPROVED' WHEN u.id % 10 < 7 THEN 'SUBMITTED'
                                                  WHEN u.id % 10 < 8 THEN 'RETURNED' ELSE 'DRAFT' END AS state,
                                             timestamptz '2026-06-15 09:00+07' + (u.id % 9) * interval '1 day' AS at) s
                 WHERE u.level IN ('PROVINCE', 'COMMUNE') AND s.state <> 'DRAFT'""")
                .params(id, PERIOD, PROVINCE, PROVINCE).update();
        // a bulk load leaves the table without statistics until autovacuum's ANALYZE; a real cycle fills it slowly
        jdbc.sql("ANALYZE period_report").update();
        return id;
    }

    private static String stats(int runs, Supplier<Object> work) {
        return stats(runs, () -> {
            long t0 = System.nanoTime();
            work.get();
            return System.nanoTime() - t0;
        }, true);
    }

    /** 5 warm-up runs, then {@code runs} timed: median, p95, max in ms. */
    private static String stats(int runs, Supplier<Long> timed, boolean warm) {
        for (int i = 0; warm && i < 5; i++) {
            timed.get();
        }
        List<Long> ns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ns.add(timed.get());
        }
        long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] / 1e6, sorted[sorted.length - 1] / 1e6,
                runs) + (Arrays.stream(sorted).anyMatch(x -> x < 0) ? " (!)" : "");
    }
}
