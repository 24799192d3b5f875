package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "71,9|71.9", "4.700|4700", "23.500|23500", "7.325|7325", "01|1", "0 %|0", "0%|0", "1.234,5|1234.5",
        "1.000.000|1000000", "1.5|1.5", "0,9|0.9", "16,5|16.5", "-3,2|-3.2", "100|100", "21,0|21.0"})
    void parsesVietnameseNotation(String text, String expected) {
        assertThat(VietnameseNumber.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,2,3", "1.2.3", "12.34.5", "≥ 80", "21 (8/38)", "%", "1,", ".5"})
    void returnsNullForNonNumbers(String text) {
        assertThat(VietnameseNumber.parse(text)).isNull();
    }

    @Test
    void nullIsNotANumber() {
        assertThat(VietnameseNumber.parse(null)).isNull();
    }

    @Test
    void formatsWithThousandsDotsAndDecimalComma() {
        assertThat(VietnameseNumber.format(new BigDecimal("23500"))).isEqualTo("23.500");
        assertThat(VietnameseNumber.format(new BigDecimal("71.9"))).isEqualTo("71,9");
        assertThat(VietnameseNumber.format(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        assertThat(VietnameseNumber.format(new BigDecimal("-4700"))).isEqualTo("-4.700");
    }

    @Property
    void formattedNumbersRoundTrip(@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal value) {
        String printed = VietnameseNumber.format(value);
        assertThat(VietnameseNumber.parse(printed)).isEqualTo(value);
    }

    @Property
    void integersWithThousandsDotsRoundTrip(@ForAll @BigRange(min = "0", max = "999999999999") @Scale(0) BigDecimal value) {
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value))).isEqualTo(value);
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value) + " %")).isEqualTo(value);
    }

    @Property
    void neverThrows(@ForAll String any) {
        VietnameseNumber.parse(any);
    }
}
