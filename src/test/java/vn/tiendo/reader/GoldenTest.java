package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiendo.programme.ProgrammeDocument;

/**
 * Compares the reader's output for each seed with the reviewed JSON under
 * src/test/resources/reader/golden/. Run with -Dgolden.update=true to rewrite the files (then review
 * the diff line by line against the source document before committing).
 */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003})
    void seedMatchesGoldenJson(String seed) throws IOException {
        ProgrammeDocument doc = Seeds.read(seed);
        String json = ProgrammeJson.write(doc);
        String golden = seed.replace(".txt", ".json");
        if (Boolean.getBoolean("golden.update")) {
            Path p = Path.of("src/test/resources/reader/golden", golden);
            Files.writeString(p, json, StandardCharsets.UTF_8);
        }
        String expected = Seeds.text("/reader/golden/" + golden);
        assertThat(json).isEqualTo(expected);
        // the golden file also reads back to the same document
        assertThat(ProgrammeJson.read(expected)).isEqualTo(doc);
    }
}
