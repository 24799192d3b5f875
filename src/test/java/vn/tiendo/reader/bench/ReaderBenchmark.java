package vn.tiendo.reader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.programmes.ProgrammeImporter;

/**
 * Warm parse time of the programme reader per seed document (scripts/bench-reader). The reader is the one
 * the import page and the CLI use (with the administrative unit catalogue). Not a JUnit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReaderBenchmark {

    /** The .docx built from the appendices (Phụ lục I and II) of 000. */
    public static final String DOCX = "000-phu-luc.docx";

    /** The largest real document of ../shared/real-docs/ (issue 13), read from there. */
    public static final String REAL = "nq03cp-nq57-full.txt";

    @Param({"000_f08d51100ad4b942.txt", "001_8a8e82d6809c8145.txt", "002_c81c9c1ac24e7247.txt",
            "003_98c881c0be3fca60.txt", DOCX, REAL})
    public String document;

    private byte[] bytes;
    private ProgrammeReader reader;

    @Setup
    public void load() {
        reader = ProgrammeImporter.reader(ProgrammeImporter.DEFAULT_MAX_BYTES);
        bytes = DOCX.equals(document) ? appendixDocx() : REAL.equals(document) ? real(document) : seed(document);
        reader.read(document, bytes); // fails fast if the document no longer reads
    }

    @Benchmark
    public ProgrammeDocument read() {
        return reader.read(document, bytes);
    }

    static byte[] seed(String name) {
        try (InputStream in = ReaderBenchmark.class.getResourceAsStream("/reader/seeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] real(String name) {
        try {
            return java.nio.file.Files.readAllBytes(vn.tiendo.reader.realdocs.RealDocs.dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 000 from "Phụ lục I" to the end, as a real .docx with tables. */
    public static byte[] appendixDocx() {
        List<String> lines = Arrays.asList(new String(seed("000_f08d51100ad4b942.txt"), StandardCharsets.UTF_8).split("\n", -1));
        int from = 0;
        while (!lines.get(from).contains("Phụ lục I")) {
            from++;
        }
        return SeedDocx.build(lines, from);
    }
}
