package vn.tiendo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiendo.programme.VietnameseNumber.Policy;

class VietnameseNumberTest {

    static BigDecimal officer(String s) throws NumberInputException {
        return VietnameseNumber.parse(s, Policy.OFFICER);
    }

    // ---- documents (lenient) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "71,9|71.9", "4.700|4700", "23.500|23500", "7.325|7325", "01|1", "0 %|0", "0%|0", "1.234,5|1234.5",
        "1.000.000|1000000", "1.5|1.5", "0,9|0.9", "16,5|16.5", "-3,2|-3.2", "−3,2|-3.2", "100|100", "21,0|21.0"})
    void documentsAreReadInVietnameseNotation(String text, String expected) {
        assertThat(VietnameseNumber.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,2,3", "1.2.3", "12.34.5", "≥ 80", "21 (8/38)", "%", "1,", ".5"})
    void aDocumentTextThatIsNotOneNumberIsNull(String text) {
        assertThat(VietnameseNumber.parse(text)).isNull();
    }

    @Test
    void nullIsNotANumber() {
        assertThat(VietnameseNumber.parse(null)).isNull();
    }

    @Property
    void formattedNumbersReadBackFromDocuments(@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal value) {
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value))).isEqualTo(value);
    }

    @Property
    void integersWithThousandsDotsReadBackFromDocuments(@ForAll @BigRange(min = "0", max = "999999999999") @Scale(0) BigDecimal value) {
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value))).isEqualTo(value);
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value) + " %")).isEqualTo(value);
    }

    @Property
    void readingDocumentsNeverThrowsAnythingButItsOwnException(@ForAll String any) {
        assertThat(VietnameseNumber.parse(any)).isEqualTo(documentOrNull(any));
    }

    private static BigDecimal documentOrNull(String any) {
        try {
            return VietnameseNumber.parse(any, Policy.DOCUMENT);
        } catch (NumberInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return null;
        }
    }

    // ---- officers' input (strict) ----

    @Test
    void officersWriteDecimalCommaAndThousandsDots() throws Exception {
        assertThat(officer("71,9")).isEqualByComparingTo("71.9");
        assertThat(officer("4.700")).isEqualByComparingTo("4700");
        assertThat(officer("1.234.567,25")).isEqualByComparingTo("1234567.25");
        assertThat(officer(" 4 700 ")).isEqualByComparingTo("4700");
        assertThat(officer("72,6%")).isEqualByComparingTo("72.6");
        assertThat(officer("0")).isEqualByComparingTo("0");
        assertThat(officer("-3")).isEqualByComparingTo("-3");
        assertThat(officer("+3")).isEqualByComparingTo("3");
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void everyPolicyAcceptsTheUnicodeMinus(Policy policy) throws Exception {
        assertThat(VietnameseNumber.parse("−3", policy)).isEqualByComparingTo("-3");
        assertThat(VietnameseNumber.parse("− 12 %", policy)).isEqualByComparingTo("-12");
    }

    @Test
    void officersUnicodeMinusWithGroupsAndDecimals() throws Exception {
        assertThat(officer("−1.234,5")).isEqualByComparingTo("-1234.5");
    }

    @Test
    void aDotNotFollowedByThreeDigitsIsAmbiguousAndTheMessageSuggestsTheComma() {
        assertThatThrownBy(() -> officer("1.5")).isInstanceOf(NumberInputException.class)
                .hasMessage("\"1.5\" không rõ nghĩa: dấu chấm dùng để ngăn cách hàng nghìn (4.700); số thập phân viết bằng dấu phẩy, ví dụ 1,5");
        assertThatThrownBy(() -> officer("71.90")).hasMessageContaining("71,90");
        assertThatThrownBy(() -> officer("4.7000")).hasMessageContaining("không rõ nghĩa");
        assertThatThrownBy(() -> officer("−2.5")).hasMessageEndingWith("ví dụ -2,5");
    }

    @Test
    void textIsNotANumber() {
        assertThatThrownBy(() -> officer("bảy mươi")).hasMessage("\"bảy mươi\" không phải là số (ví dụ đúng: 71,9 hoặc 4.700)");
        assertThatThrownBy(() -> officer("1,2,3")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> officer("")).hasMessage("chưa nhập số");
        assertThatThrownBy(() -> officer(null)).hasMessage("chưa nhập số");
    }

    @Property(tries = 500)
    void whatIsFormattedReadsBackTheSameUnderTheStrictPolicy(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal n) throws Exception {
        assertThat(officer(VietnameseNumber.format(n))).isEqualTo(n);
        assertThat(officer(VietnameseNumber.formatTrimmed(n))).isEqualByComparingTo(n);
    }

    @Property(tries = 300)
    void aDotFollowedByOneOrTwoDigitsIsAlwaysRefused(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal n) {
        String plain = n.stripTrailingZeros().toPlainString();
        if (plain.contains(".")) {
            assertThatThrownBy(() -> officer(plain)).hasMessageContaining("không rõ nghĩa");
        }
    }

    // ---- machines ----

    @Test
    void machinesUseTheDecimalPoint() throws Exception {
        assertThat(VietnameseNumber.parse("71.9", Policy.MACHINE)).isEqualByComparingTo("71.9");
        assertThatThrownBy(() -> VietnameseNumber.parse("71,9", Policy.MACHINE))
                .hasMessage("\"71,9\" không phải là số (viết số với dấu chấm thập phân, ví dụ 71.9)");
    }

    // ---- formatting ----

    @Test
    void formatKeepsTheScale() {
        assertThat(VietnameseNumber.format(new BigDecimal("23500"))).isEqualTo("23.500");
        assertThat(VietnameseNumber.format(new BigDecimal("71.9"))).isEqualTo("71,9");
        assertThat(VietnameseNumber.format(new BigDecimal("71.90"))).isEqualTo("71,90");
        assertThat(VietnameseNumber.format(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        assertThat(VietnameseNumber.format(new BigDecimal("-4700"))).isEqualTo("-4.700");
        assertThat(VietnameseNumber.format(null)).isEmpty();
    }

    @Test
    void formatTrimmedDropsTrailingZeros() {
        assertThat(VietnameseNumber.formatTrimmed(new BigDecimal("71.90"))).isEqualTo("71,9");
        assertThat(VietnameseNumber.formatTrimmed(new BigDecimal("4700"))).isEqualTo("4.700");
        assertThat(VietnameseNumber.formatTrimmed(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        assertThat(VietnameseNumber.formatTrimmed(new BigDecimal("-1000"))).isEqualTo("-1.000");
        assertThat(VietnameseNumber.formatTrimmed(new BigDecimal("0.5"))).isEqualTo("0,5");
        assertThat(VietnameseNumber.formatTrimmed(null)).isEmpty();
    }

    @Test
    void dashboardNumbersAreRoundedToAtMostTwoDecimals() {
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("72.6"))).isEqualTo("72,6");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("72.60"))).isEqualTo("72,6");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("4700"))).isEqualTo("4.700");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("23500.0"))).isEqualTo("23.500");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("21.0526"))).isEqualTo("21,05");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("1234567.895"))).isEqualTo("1.234.567,9");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("-3.5"))).isEqualTo("-3,5");
        assertThat(VietnameseNumber.formatRounded(new BigDecimal("0.004"))).isEqualTo("0");
        assertThat(VietnameseNumber.formatRounded(null)).isEmpty();
    }
}
