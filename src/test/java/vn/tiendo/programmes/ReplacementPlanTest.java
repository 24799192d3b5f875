package vn.tiendo.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacementPlanTest {

    @Test
    void namesAreComparedLowercaseWithSpacesCollapsedAndDiacriticsKept() {
        assertThat(ReplacementPlan.normalise("  Trường   đạt CHUẨN\tquốc gia ")).isEqualTo("trường đạt chuẩn quốc gia");
        assertThat(ReplacementPlan.normalise("Truong dat chuan quoc gia")).isNotEqualTo(ReplacementPlan.normalise("Trường đạt chuẩn quốc gia"));
    }

    @Test
    void keysAreIdsNumbersOrNumberAtUnitCode() {
        assertThat(ProgrammeKey.parse(" 17 ")).isEqualTo(new ProgrammeKey(17L, null, null));
        assertThat(ProgrammeKey.parse("05-CTr/TU")).isEqualTo(new ProgrammeKey(null, "05-CTr/TU", null));
        assertThat(ProgrammeKey.parse("05-CTr/TU@12")).isEqualTo(new ProgrammeKey(null, "05-CTr/TU", "12"));
    }
}
