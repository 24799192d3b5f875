package vn.tiendo.report;

import vn.tiendo.programmes.ProgrammeService;

/** Seed 000 under a test's own number, for tests of other packages. */
public final class ReportFixturesAccess {

    private ReportFixturesAccess() {
    }

    public static long seed000(ProgrammeService programmes, String number) {
        return ReportFixtures.seed000(programmes, number);
    }
}
