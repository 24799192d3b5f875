package vn.tiendo.reader.realdocs;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.tiendo.reader.ProgrammeReader;

/**
 * Warm parse time of the largest real document (nq03cp-nq57-full.txt unless a file name is given): 200 warm-up reads,
 * then the mean of 500 timed reads. A main, not a timed unit test (BENCHMARKS.md records the figure).
 */
public final class RealDocTiming {

    private RealDocTiming() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "nq03cp-nq57-full.txt";
        byte[] bytes = Files.readAllBytes(RealDocs.dir().resolve(name));
        ProgrammeReader reader = new ProgrammeReader();
        for (int i = 0; i < 200; i++) {
            reader.read(name, bytes);
        }
        int n = 500;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            reader.read(name, bytes);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("%s: %.2f ms per warm parse (mean of %d)%n", name, ms, n);
    }
}
