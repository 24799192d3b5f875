package vn.tiendo.programmes;

import vn.tiendo.programme.ProgrammeDocument;

/** Lets tests of other packages use the sample programme of {@link ProgrammeServiceTest}. */
public final class ProgrammeServiceTestAccess {

    private ProgrammeServiceTestAccess() {
    }

    public static ProgrammeDocument laiChauSample(String number) {
        return ProgrammeServiceTest.laiChauSample(number);
    }
}
