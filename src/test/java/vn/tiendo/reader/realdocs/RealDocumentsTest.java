package vn.tiendo.reader.realdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader on the real documents of ../shared/real-docs/ (read from there, never copied into the project):
 * every check of each hand-written golden file holds, except those marked "known" (still failing, with the
 * reason). A missing folder fails the test, naming where it was looked for.
 */
class RealDocumentsTest {

    static Stream<Path> goldens() {
        return GoldenChecks.goldens().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void everyCheckOfTheGoldenHolds(Path golden) {
        GoldenChecks.Score score = GoldenChecks.score(golden, RealDocs.dir());
        List<String> failed = score.outcomes().stream()
                .filter(o -> !o.passed() && o.check().known() == null)
                .map(o -> o.check().what() + " [" + o.check().path() + " " + o.check().op() + " " + o.check().expected()
                        + "] got " + o.actual())
                .toList();
        assertThat(failed).as(score.document()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyDocumentOfTheFolderHasAGolden() {
        assertThat(goldens().count()).isEqualTo(6);
    }
}
