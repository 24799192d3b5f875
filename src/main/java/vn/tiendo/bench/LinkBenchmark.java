package vn.tiendo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.link.LinkProposer;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.reader.ProgrammeReader;

/**
 * Times the link proposal (pure, no database): the seeds as they are (Bình Lư's 15 tasks and 8 indicators against
 * Lai Châu's 17 and 12) as the baseline, and a 40-task child against a 40-task parent made from the seeds' tasks
 * (each repeated with its group renamed "đợt n", so the words are real Vietnamese and many pairs are close).
 */
public final class LinkBenchmark {

    private static final String PARENT = "demo/seeds/000_f08d51100ad4b942.txt";
    private static final String CHILD = "demo/seeds/001_8a8e82d6809c8145.txt";

    /** The first proposal of the process, in ms (class loading, JIT cold); -1 until measured. */
    private double cold = -1;

    /** Results by name: medians, p95 and max in milliseconds, sizes. */
    public Map<String, Object> run(int tasks, int runs) {
        ProgrammeDocument parent = read(PARENT);
        ProgrammeDocument child = read(CHILD);
        ProgrammeDocument bigParent = widen(parent, tasks);
        ProgrammeDocument bigChild = widen(child, tasks);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseline (seeds)", child.tasks().size() + " vs " + parent.tasks().size() + " tasks, "
                + child.indicatorCount() + " vs " + parent.indicatorCount() + " indicators");
        double[] base = time(child, parent, runs);
        out.put("baseline median ms", fmt(percentile(base, 50)));
        out.put("baseline p95 ms", fmt(percentile(base, 95)));
        out.put("large", bigChild.tasks().size() + " vs " + bigParent.tasks().size() + " tasks, "
                + bigChild.indicatorCount() + " vs " + bigParent.indicatorCount() + " indicators");
        double[] large = time(bigChild, bigParent, runs);
        out.put("large median ms", fmt(percentile(large, 50)));
        out.put("large p95 ms", fmt(percentile(large, 95)));
        out.put("large max ms", fmt(large[large.length - 1]));
        out.put("first call ms (cold)", fmt(cold));
        out.put("ratio large/baseline (median)", fmt(percentile(large, 50) / percentile(base, 50)));
        return out;
    }

    private double[] time(ProgrammeDocument child, ProgrammeDocument parent, int runs) {
        LinkProposer proposer = new LinkProposer();
        long c0 = System.nanoTime();
        proposer.propose(child, parent);
        if (cold < 0) {
            cold = (System.nanoTime() - c0) / 1e6;
        }
        for (int i = 0; i < 10; i++) {
            proposer.propose(child, parent);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            proposer.propose(child, parent);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static ProgrammeDocument widen(ProgrammeDocument doc, int tasks) {
        List<Task> out = new ArrayList<>();
        for (int i = 0; out.size() < tasks; i++) {
            Task t = doc.tasks().get(i % doc.tasks().size());
            int round = i / doc.tasks().size();
            String group = round == 0 ? t.group() : t.group() + " (đợt " + (round + 1) + ")";
            out.add(new Task(t.code() + (round == 0 ? "" : "." + (round + 1)), group, t.title(), t.lead(), t.leadInferred(),
                    t.coordinating(), t.timeframe(), t.note(), t.sourceLine()));
        }
        return new ProgrammeDocument(doc.document(), doc.indicators(), out, doc.warnings());
    }

    private static ProgrammeDocument read(String resource) {
        try (InputStream in = LinkBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("thiếu tài nguyên " + resource);
            }
            return new ProgrammeReader().read(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
