package vn.tiendo.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/** Test helpers: the seed documents from src/test/resources/reader/seeds. */
final class Seeds {

    static final String S000 = "000_f08d51100ad4b942.txt";
    static final String S001 = "001_8a8e82d6809c8145.txt";
    static final String S002 = "002_c81c9c1ac24e7247.txt";
    static final String S003 = "003_98c881c0be3fca60.txt";
    static final String[] ALL = {S000, S001, S002, S003};

    private Seeds() {
    }

    static byte[] bytes(String name) {
        return resource("/reader/seeds/" + name);
    }

    static byte[] resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(resource(path), StandardCharsets.UTF_8);
    }

    static ProgrammeDocument read(String name) {
        return new ProgrammeReader().read(name, bytes(name));
    }

    static Indicator indicator(ProgrammeDocument doc, String code) {
        return find(doc.indicators(), code);
    }

    private static Indicator find(java.util.List<Indicator> list, String code) {
        for (Indicator i : list) {
            if (code.equals(i.code())) {
                return i;
            }
            Indicator c = find(i.children(), code);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static Task task(ProgrammeDocument doc, String code) {
        return doc.tasks().stream().filter(t -> code.equals(t.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + code));
    }
}
