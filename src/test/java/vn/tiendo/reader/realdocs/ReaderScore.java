package vn.tiendo.reader.realdocs;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints the reader's score on the real documents (scripts/reader-score): per document the checks passed and
 * failed (with {@code -v} every failed check), then the totals. Not a JUnit test; exit code 0 either way.
 */
public final class ReaderScore {

    private ReaderScore() {
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        Path docs = RealDocs.dir();
        long passed = 0;
        long failed = 0;
        List<Path> goldens = GoldenChecks.goldens();
        for (Path g : goldens) {
            GoldenChecks.Score s = GoldenChecks.score(g, docs);
            passed += s.passed();
            failed += s.failed();
            System.out.printf("%-50s %3d passed %3d failed%n", s.document(), s.passed(), s.failed());
            if (verbose) {
                for (GoldenChecks.Outcome o : s.outcomes()) {
                    if (!o.passed()) {
                        System.out.printf("    FAIL %s [%s %s %s] got %s%n", o.check().what(), o.check().path(),
                                o.check().op(), o.check().expected(), o.actual());
                    }
                }
            }
        }
        System.out.printf("documents: %d, checks passed: %d, checks failed: %d%n", goldens.size(), passed, failed);
    }
}
