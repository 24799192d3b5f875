package vn.tiendo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.cascade.Alignment;
import vn.tiendo.cascade.AlignmentService;
import vn.tiendo.cascade.CascadeService;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;

/**
 * {@code tiendo bench cascade}: derives the draft plans of all 38 Lai Châu communes from 05-CTr/TU (seed 000) and all 99
 * Bắc Ninh communes from 04-CTr/TU (seed 003), each run from a fresh copy of the programme (one transaction each); then
 * gives every Bắc Ninh draft a target per parent target (some weaker), issues half, and times the alignment page's data
 * warm. Never used by tests.
 */
@Component
public class CascadeBenchmark {

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final CascadeService cascade;
    private final AlignmentService alignment;

    public CascadeBenchmark(JdbcClient jdbc, ProgrammeService programmes, CascadeService cascade, AlignmentService alignment) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.cascade = cascade;
        this.alignment = alignment;
    }

    public Map<String, Object> run(int runs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("derive all communes, Lai Châu (12)", derive("000_f08d51100ad4b942.txt", "12", runs));
        out.put("baseline: 38 saves through ProgrammeService (12)", baseline("000_f08d51100ad4b942.txt", "12"));
        long bacNinh = save("003_98c881c0be3fca60.txt", "24");
        long t0 = System.nanoTime();
        int drafts = CurrentActor.runAs("bench", () -> cascade.deriveAll(bacNinh)).drafts().size();
        List<Long> more = new ArrayList<>(List.of(System.nanoTime() - t0));
        out.put("derive all communes, Bắc Ninh (24)", drafts + " drafts; " + derive("003_98c881c0be3fca60.txt", "24", runs - 1, more));
        fillAndIssueHalf(bacNinh);
        Alignment a = alignment.of(bacNinh);
        out.put("alignment data set (24)", a.communes().size() + " communes, " + a.issuedCount() + " issued, " + a.gaps().size()
                + " target differences, " + a.missingTasks().size() + " missing tasks, " + a.counts().size() + " commune counts");
        out.put("alignment page data (24), warm", stats(runs * 4, () -> {
            long s = System.nanoTime();
            alignment.of(bacNinh);
            return System.nanoTime() - s;
        }, 3));
        return out;
    }

    /** The same copies saved one programme at a time through the importer's path (no links, no body mapping). */
    private String baseline(String seed, String unit) {
        ProgrammeDocument doc = read(seed);
        List<String> communes = jdbc.sql("SELECT c.code FROM org_unit c, org_unit p WHERE p.code = ? AND c.level = 'COMMUNE'"
                + " AND c.path LIKE p.path || '%' ORDER BY c.code").param(unit).query(String.class).list();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();
        for (String code : communes) {
            ProgrammeDocument copy = ProgrammeImporter.withOverrides(doc, "BENCH-BASE-" + run, code);
            CurrentActor.runAs("bench", () -> programmes.save(copy, seed, false));
        }
        return summary(List.of(System.nanoTime() - t0)) + ", " + communes.size() + " programmes";
    }

    private String derive(String seed, String unit, int runs) {
        return derive(seed, unit, runs, new ArrayList<>());
    }

    private String derive(String seed, String unit, int runs, List<Long> ns) {
        for (int i = 0; i < runs; i++) {
            long id = save(seed, unit);
            long t0 = System.nanoTime();
            CurrentActor.runAs("bench", () -> cascade.deriveAll(id));
            ns.add(System.nanoTime() - t0);
        }
        return summary(ns);
    }

    private long save(String seed, String unit) {
        ProgrammeDocument doc = ProgrammeImporter.withOverrides(read(seed), "BENCH-CASCADE-" + UUID.randomUUID().toString().substring(0, 8), unit);
        return CurrentActor.runAs("bench", () -> programmes.save(doc, seed, false));
    }

    private static ProgrammeDocument read(String seed) {
        try (InputStream in = CascadeBenchmark.class.getResourceAsStream("/demo/seeds/" + seed)) {
            return ProgrammeImporter.reader(ProgrammeImporter.DEFAULT_MAX_BYTES).read(seed, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every draft's linked indicator gets the parent's numeric targets, every third one 10 % weaker; half are issued. */
    private void fillAndIssueHalf(long parent) {
        jdbc.sql("""
                INSERT INTO target (indicator_id, org_unit_id, period, ordinal, comparator, value, text)
                SELECT c.id, cp.org_unit_id, pt.period, pt.ordinal, '=', v.value, trim_scale(v.value)::text
                  FROM indicator_link l JOIN indicator c ON c.id = l.child_indicator_id JOIN programme cp ON cp.id = c.programme_id
                  JOIN indicator p ON p.id = l.parent_indicator_id JOIN programme pp ON pp.id = p.programme_id
                  JOIN target pt ON pt.indicator_id = p.id AND pt.org_unit_id = pp.org_unit_id AND pt.value IS NOT NULL
                  CROSS JOIN LATERAL (SELECT CASE WHEN c.id % 3 = 0 THEN round(pt.value * 0.9, 1) ELSE pt.value END AS value) v
                 WHERE p.programme_id = ? ON CONFLICT DO NOTHING""").param(parent).update();
        jdbc.sql("UPDATE programme SET status = 'ISSUED', number = 'BENCH-KH-' || id, issued_on = DATE '2026-03-01', signer = 'bench'"
                + " WHERE derived_from = ? AND id % 2 = 0").param(parent).update();
    }

    private static String stats(int runs, java.util.function.Supplier<Long> timed, int warmUps) {
        for (int i = 0; i < warmUps; i++) {
            timed.get();
        }
        List<Long> ns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ns.add(timed.get());
        }
        return summary(ns);
    }

    private static String summary(List<Long> ns) {
        long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("median %.1f ms, min %.1f ms, max %.1f ms (%d runs)", sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
