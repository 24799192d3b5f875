package vn.tiendo.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programme.VietnameseNumber;

class ValueValidatorTest {

    /** A reporting rule that gives {@code refusal} for every unit. */
    static ReportingRule rule(Optional<String> refusal) {
        return new ReportingRule() {
            @Override
            public Optional<String> refusal(EntryIndicator indicator, OrgUnit unit) {
                return refusal;
            }

            @Override
            public OrgUnit.Level level(EntryIndicator indicator) {
                return OrgUnit.Level.COMMUNE;
            }

            @Override
            public List<OrgUnit> reportingUnits(EntryIndicator indicator) {
                return List.of();
            }
        };
    }

    static final OrgUnit BINH_LU = new OrgUnit(502, "03390", "Bình Lư", "Xã Bình Lư", OrgUnit.Level.COMMUNE, "Xã", 13L);
    static final ValueValidator VALIDATOR = new ValueValidator(rule(Optional.empty()));

    static EntryIndicator indicator(ValueType type) {
        return new EntryIndicator(1, 1, "05-CTr/TU", 13, "12", null, "I.1", "Trường đạt chuẩn quốc gia", "%", type, null, 0);
    }

    record Outcome(Optional<CleanValue> value, List<EntryError> errors) {
    }

    static Outcome check(ValueType type, String raw) {
        return check(VALIDATOR, type, raw, VietnameseNumber.Policy.OFFICER);
    }

    static Outcome check(ValueValidator validator, ValueType type, String raw, VietnameseNumber.Policy style) {
        List<EntryError> errors = new ArrayList<>();
        ValueInput in = new ValueInput(1, BINH_LU.id(), Period.year(2026), raw, style, ExpectedVersion.none(), null,
                new Field("v_1", "Dòng 7, cột E"));
        return new Outcome(validator.check(in, indicator(type), BINH_LU, errors), errors);
    }

    static String error(ValueType type, String raw) {
        Outcome o = check(type, raw);
        assertThat(o.value()).isEmpty();
        assertThat(o.errors()).hasSize(1);
        return o.errors().get(0).text();
    }

    @Test
    void aUnitAnswersDatForAnIndicatorThatCountsTheUnitsMeetingIt() {
        EntryIndicator share = new EntryIndicator(2, 1, "05-CTr/TU", 13, "12", null, "I.2", "Phổ cập giáo dục mầm non",
                "% (xã, phường)", ValueType.PERCENT, null, 0, true);
        List<EntryError> errors = new ArrayList<>();
        ValueInput in = new ValueInput(2, BINH_LU.id(), Period.year(2026), "chưa  đạt", VietnameseNumber.Policy.MACHINE, ExpectedVersion.none(), null,
                new Field("v_2", "Dòng 8, cột E"));
        assertThat(VALIDATOR.check(in, share, BINH_LU, errors)).contains(new CleanValue(null, "Chưa đạt", null));
        assertThat(errors).isEmpty();
        // an indicator that does not count units takes numbers only
        assertThat(error(ValueType.PERCENT, "Đạt")).contains("không phải là số");
    }

    @Test
    void percentagesLieWithinZeroAndHundred() {
        assertThat(check(ValueType.PERCENT, "71,9").value()).contains(new CleanValue(new BigDecimal("71.9"), null, null));
        assertThat(check(ValueType.PERCENT, "100").value()).isPresent();
        assertThat(error(ValueType.PERCENT, "100,5")).isEqualTo("Dòng 7, cột E: tỉ lệ phần trăm phải từ 0 đến 100, đã nhập 100,5");
        assertThat(error(ValueType.PERCENT, "-1")).contains("Dòng 7, cột E", "không được âm");
    }

    @Test
    void countsAreNonNegativeIntegers() {
        assertThat(check(ValueType.COUNT, "12").value().orElseThrow().value()).isEqualByComparingTo("12");
        assertThat(error(ValueType.COUNT, "-2")).contains("không được âm");
        assertThat(error(ValueType.COUNT, "2,5")).contains("số nguyên");
        assertThat(check(ValueType.NUMBER, "4.700").value().orElseThrow().value()).isEqualByComparingTo("4700");
    }

    @Test
    void aFractionNeedsNumeratorAtMostDenominator() {
        CleanValue v = check(ValueType.PERCENT, "8/38").value().orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("21.1");
        assertThat(v.text()).isEqualTo("8/38");
        assertThat(check(ValueType.PERCENT, "21 (8/38)").value().orElseThrow().value()).isEqualByComparingTo("21");
        assertThat(error(ValueType.PERCENT, "40/38")).isEqualTo("Dòng 7, cột E: tử số 40 lớn hơn mẫu số 38");
        assertThat(error(ValueType.PERCENT, "8/0")).contains("mẫu số phải lớn hơn 0");
        assertThat(error(ValueType.PERCENT, "50 (8/38)")).contains("không khớp");
        assertThat(check(ValueType.COUNT, "8/38").value().orElseThrow().value()).isEqualByComparingTo("8");
    }

    @Test
    void yesNoTakesOnlyDatOrChuaDat() {
        assertThat(check(ValueType.YES_NO, "Đạt").value().orElseThrow().text()).isEqualTo("Đạt");
        assertThat(check(ValueType.YES_NO, " chưa  đạt ").value().orElseThrow().text()).isEqualTo("Chưa đạt");
        assertThat(error(ValueType.YES_NO, "Có")).contains("chỉ nhận \"Đạt\" hoặc \"Chưa đạt\"");
    }

    @Test
    void ambiguousDotIsRefusedWithTheCommaSuggested() {
        assertThat(error(ValueType.PERCENT, "1.5")).contains("Dòng 7, cột E", "1,5");
    }

    @Test
    void textIsKeptAsWritten() {
        assertThat(check(ValueType.TEXT, "Đã triển khai ở 5/5 trường").value().orElseThrow().text()).isEqualTo("Đã triển khai ở 5/5 trường");
        assertThat(error(ValueType.TEXT, "x".repeat(ValueValidator.MAX_TEXT + 1))).contains("dài quá");
    }

    @Test
    void aUnitThatDoesNotReportTheIndicatorIsRefusedEvenWithAGoodValue() {
        ValueValidator strict = new ValueValidator(rule(Optional.of("Xã Bình Lư không báo cáo chỉ tiêu I.1")));
        Outcome o = check(strict, ValueType.PERCENT, "71,9", VietnameseNumber.Policy.OFFICER);
        assertThat(o.value()).isEmpty();
        assertThat(o.errors()).extracting(EntryError::text).containsExactly("Dòng 7, cột E: Xã Bình Lư không báo cáo chỉ tiêu I.1");
    }

    @Test
    void anEmptyValueIsRefused() {
        assertThat(error(ValueType.PERCENT, "  ")).contains("chưa nhập số liệu");
    }
}
