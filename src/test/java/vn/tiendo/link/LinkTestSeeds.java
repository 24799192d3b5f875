package vn.tiendo.link;

import java.util.List;
import vn.tiendo.programmes.ProgrammeService;

/** Stores the seeds under a test's own numbers: Lai Châu's 05-CTr/TU as the parent, Bình Lư's 70-KH/ĐU implementing it. */
public final class LinkTestSeeds {

    private LinkTestSeeds() {
    }

    /** {parent id, child id}. */
    public static long[] store(ProgrammeService programmes, String parentNumber, String childNumber) {
        long parent = programmes.save(LinkServiceTest.renumber(LinkSeeds.read(LinkSeeds.LAI_CHAU), parentNumber,
                List.of("71-NQ/TW")), null, false);
        long child = programmes.save(LinkServiceTest.renumber(LinkSeeds.read(LinkSeeds.BINH_LU), childNumber,
                List.of(parentNumber, "71-NQ/TW")), null, false);
        return new long[] {parent, child};
    }
}
