package vn.tiendo.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tiendo.monitoring.FormulaKind;
import vn.tiendo.monitoring.IndicatorRow;

/** A programme without a title is listed by its kind and date; indicators show their section as the document numbers it. */
class ProgrammeSummaryTitleTest {

    private static ProgrammeSummary summary(String kind, String title, LocalDate issued) {
        return new ProgrammeSummary(1, "04-CTr/TU", issued, "Ban Thường vụ", kind, title, 2, "24", "Tỉnh Bắc Ninh", null, true, 0, 0);
    }

    @Test
    void anUntitledProgrammeShowsItsKindAndDate() {
        assertThat(summary("chương trình hành động", "Thực hiện Nghị quyết 71", LocalDate.of(2025, 11, 5)).displayTitle())
                .isEqualTo("Thực hiện Nghị quyết 71");
        assertThat(summary("chương trình hành động", null, LocalDate.of(2025, 11, 5)).displayTitle())
                .isEqualTo("Chương trình hành động ngày 05/11/2025");
        assertThat(summary("kế hoạch", "  ", null).displayTitle()).isEqualTo("Kế hoạch số 04-CTr/TU");
        assertThat(summary(null, null, LocalDate.of(2026, 3, 17)).displayTitle()).isEqualTo("Văn bản ngày 17/03/2026");
    }

    @Test
    void theSectionTakesItsRomanNumeralFromTheCode() {
        assertThat(row("II.3", "Đến năm 2035").sectionLabel()).isEqualTo("II. Đến năm 2035");
        assertThat(row("III.1.a", "Đến năm 2045").sectionLabel()).isEqualTo("III. Đến năm 2045");
        assertThat(row("I.1", "I. Đến năm 2030").sectionLabel()).isEqualTo("I. Đến năm 2030");
        assertThat(row("4", "Đến năm 2030").sectionLabel()).isEqualTo("Đến năm 2030");
        assertThat(row("4", null).sectionLabel()).isNull();
    }

    private static IndicatorRow row(String code, String section) {
        return new IndicatorRow(1, null, 0, code, "x", "%", null, null, FormulaKind.values()[0], section);
    }
}
