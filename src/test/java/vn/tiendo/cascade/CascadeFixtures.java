package vn.tiendo.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.reader.ProgrammeReader;

/** Lai Châu's 05-CTr/TU (seed 000, as read) saved under a number of the test's own, and the units the tests use. */
public final class CascadeFixtures {

    public static final String TA_TONG = "03463";
    public static final String BINH_LU = "03390";
    public static final String LAI_CHAU = "12";

    private CascadeFixtures() {
    }

    /** Saves seed 000 as "05-CTr/TU-xxxxxx" of Tỉnh Lai Châu; returns its id. */
    public static long laiChau(ApplicationContext context) {
        return save(context, "000_f08d51100ad4b942.txt", "05-CTr/TU-" + UUID.randomUUID().toString().substring(0, 6), LAI_CHAU);
    }

    public static long save(ApplicationContext context, String seed, String number, String unitCode) {
        ProgrammeDocument doc = ProgrammeImporter.withOverrides(read(seed), number, unitCode);
        return CurrentActor.runAs("test", () -> context.getBean(ProgrammeService.class).save(doc, seed, false));
    }

    public static ProgrammeDocument read(String seed) {
        try (InputStream in = CascadeFixtures.class.getResourceAsStream("/reader/seeds/" + seed)) {
            return new ProgrammeReader().read(seed, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
