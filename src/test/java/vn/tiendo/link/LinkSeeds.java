package vn.tiendo.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeReader;

/** The seeds 000 (Lai Châu 05-CTr/TU) and 001 (Bình Lư 70-KH/ĐU), read by the real reader. */
final class LinkSeeds {

    static final String LAI_CHAU = "000_f08d51100ad4b942.txt";
    static final String BINH_LU = "001_8a8e82d6809c8145.txt";

    private LinkSeeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = LinkSeeds.class.getResourceAsStream("/reader/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProgrammeDocument read(String name) {
        return new ProgrammeReader().read(name, bytes(name));
    }
}
