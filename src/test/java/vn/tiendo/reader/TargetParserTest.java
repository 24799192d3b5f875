package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiendo.programme.Comparator;

class TargetParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥ 80|GE|80", "≥62|GE|62", ">0,9|GT|0.9", "<10|LT|10", "100|EQ|100", "72,6|EQ|72.6", "4.700|EQ|4700",
        "100% xã, phường|EQ|100", "100% Xã/phường|EQ|100", "≤ 5|LE|5", "01|EQ|1", "≥1,5|GE|1.5",
        "0 %|EQ|0", "60% trở lên|GE|60"})
    void readsNumericCells(String cell, Comparator cmp, String value) {
        TargetParser.Parsed p = TargetParser.parse(cell);
        assertThat(p.comparator()).isEqualTo(cmp);
        assertThat(p.value()).isEqualTo(new BigDecimal(value));
        assertThat(p.text()).isEqualTo(cell);
        assertThat(p.warning()).isNull();
    }

    @Test
    void readsCountOfUnitsInParentheses() {
        TargetParser.Parsed p = TargetParser.parse("21 (8/38)");
        assertThat(p.value()).isEqualTo(new BigDecimal("21"));
        assertThat(p.numerator()).isEqualTo(8);
        assertThat(p.denominator()).isEqualTo(38);
        assertThat(p.toTarget(2026).text()).isEqualTo("21 (8/38)");
        TargetParser.Parsed q = TargetParser.parse("39,4 (15/38)");
        assertThat(q.value()).isEqualTo(new BigDecimal("39.4"));
        assertThat(q.numerator()).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đạt", "Chưa đạt", "Hoàn thành"})
    void yesNoTextsCompareForEquality(String cell) {
        TargetParser.Parsed p = TargetParser.parse(cell);
        assertThat(p.value()).isNull();
        assertThat(p.comparator()).isEqualTo(Comparator.EQ);
        assertThat(p.text()).isEqualTo(cell);
        assertThat(p.yesNo()).isTrue();
        assertThat(p.warning()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vượt mức", "Đạt kết quả bước đầu", "Trong nhóm các tỉnh trung bình của cả nước",
        "Năm 2030 đạt chuẩn quốc gia", "Ngang bằng các tỉnh có thu nhập trung bình cao"})
    void qualitativeTextsKeepTheTextAndNoNumber(String cell) {
        TargetParser.Parsed p = TargetParser.parse(cell);
        assertThat(p.value()).isNull();
        assertThat(p.comparator()).isNull();
        assertThat(p.text()).isEqualTo(cell);
        assertThat(p.warning()).isNull();
    }

    @Test
    void unreadableNumericCellGivesWarningAndNoInventedNumber() {
        TargetParser.Parsed p = TargetParser.parse("khoảng 80-85 tùy năm");
        assertThat(p.value()).isNull();
        assertThat(p.text()).isEqualTo("khoảng 80-85 tùy năm");
        assertThat(p.warning()).contains("Không đọc được số");
    }

    @Test
    void stripsTags() {
        assertThat(TargetParser.parse("<b>≥ 94</b>").text()).isEqualTo("≥ 94");
        assertThat(TargetParser.parse("<b>≥ 94</b>").value()).isEqualTo(new BigDecimal("94"));
    }

    @Property
    void neverThrowsAndKeepsText(@ForAll String any) {
        TargetParser.Parsed p = TargetParser.parse(any);
        assertThat(p).isNotNull();
        assertThat(p.text()).isEqualTo(Text.clean(any));
        if (p.value() == null && Text.hasNonYearDigits(p.text())) {
            assertThat(p.warning()).isNotNull();
        }
    }
}
