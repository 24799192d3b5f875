package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void dashboardNumbersAreWrittenTheVietnameseWayWithAtMostTwoDecimals() {
        assertThat(VietnameseNumbers.format(new BigDecimal("72.6"))).isEqualTo("72,6");
        assertThat(VietnameseNumbers.format(new BigDecimal("72.60"))).isEqualTo("72,6");
        assertThat(VietnameseNumbers.format(new BigDecimal("4700"))).isEqualTo("4.700");
        assertThat(VietnameseNumbers.format(new BigDecimal("23500.0"))).isEqualTo("23.500");
        assertThat(VietnameseNumbers.format(new BigDecimal("21.0526"))).isEqualTo("21,05");
        assertThat(VietnameseNumbers.format(new BigDecimal("1234567.895"))).isEqualTo("1.234.567,9");
        assertThat(VietnameseNumbers.format(new BigDecimal("-3.5"))).isEqualTo("-3,5");
        assertThat(VietnameseNumbers.format(new BigDecimal("0.004"))).isEqualTo("0");
        assertThat(VietnameseNumbers.format(null)).isEmpty();
    }
}
