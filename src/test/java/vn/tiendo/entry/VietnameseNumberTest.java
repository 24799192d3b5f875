package vn.tiendo.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class VietnameseNumberTest {

    static BigDecimal vn(String s) throws NumberInputException {
        return VietnameseNumber.parse(s, NumberStyle.VIETNAMESE);
    }

    @Test
    void readsDecimalCommaAndThousandsDots() throws Exception {
        assertThat(vn("71,9")).isEqualByComparingTo("71.9");
        assertThat(vn("4.700")).isEqualByComparingTo("4700");
        assertThat(vn("1.234.567,25")).isEqualByComparingTo("1234567.25");
        assertThat(vn(" 4 700 ")).isEqualByComparingTo("4700");
        assertThat(vn("72,6%")).isEqualByComparingTo("72.6");
        assertThat(vn("0")).isEqualByComparingTo("0");
        assertThat(vn("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void aDotNotFollowedByThreeDigitsIsAmbiguousAndTheMessageSuggestsTheComma() {
        assertThatThrownBy(() -> vn("1.5")).isInstanceOf(NumberInputException.class)
                .hasMessageContaining("không rõ nghĩa").hasMessageContaining("1,5");
        assertThatThrownBy(() -> vn("71.90")).hasMessageContaining("71,90");
        assertThatThrownBy(() -> vn("4.7000")).hasMessageContaining("không rõ nghĩa");
    }

    @Test
    void textIsNotANumber() {
        assertThatThrownBy(() -> vn("bảy mươi")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> vn("1,2,3")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> vn("")).hasMessageContaining("chưa nhập");
    }

    @Test
    void machineStyleUsesTheDecimalPoint() throws Exception {
        assertThat(VietnameseNumber.parse("71.9", NumberStyle.PLAIN)).isEqualByComparingTo("71.9");
        assertThatThrownBy(() -> VietnameseNumber.parse("71,9", NumberStyle.PLAIN)).hasMessageContaining("dấu chấm thập phân");
    }

    @Test
    void formatsTheVietnameseWay() {
        assertThat(VietnameseNumber.format(new BigDecimal("71.90"))).isEqualTo("71,9");
        assertThat(VietnameseNumber.format(new BigDecimal("4700"))).isEqualTo("4.700");
        assertThat(VietnameseNumber.format(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        assertThat(VietnameseNumber.format(new BigDecimal("-1000"))).isEqualTo("-1.000");
        assertThat(VietnameseNumber.format(new BigDecimal("0.5"))).isEqualTo("0,5");
    }

    @Property(tries = 500)
    void whatIsWrittenTheVietnameseWayReadsBackTheSame(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal n) throws Exception {
        assertThat(vn(VietnameseNumber.format(n))).isEqualByComparingTo(n);
    }

    @Property(tries = 300)
    void aDotFollowedByOneOrTwoDigitsIsAlwaysRefused(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal n) {
        String plain = n.stripTrailingZeros().toPlainString();
        if (plain.contains(".")) {
            assertThatThrownBy(() -> vn(plain)).hasMessageContaining("không rõ nghĩa");
        }
    }
}
