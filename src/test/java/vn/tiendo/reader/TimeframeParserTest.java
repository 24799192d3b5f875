package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

class TimeframeParserTest {

    private static Timeframe tf(String text) {
        TimeframeParser.Result r = TimeframeParser.parse(text);
        assertThat(r.warning()).as("warning for %s", text).isNull();
        assertThat(r.timeframe().text()).isEqualTo(text);
        return r.timeframe();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Quý IV năm 2025|DEADLINE|2025-10-01|2025-12-31|-",
        "Quý I/2026|DEADLINE|2026-01-01|2026-03-31|-",
        "Quý I, năm 2026|DEADLINE|2026-01-01|2026-03-31|-",
        "Quý II/2026|DEADLINE|2026-04-01|2026-06-30|-",
        "Quý III năm 2026|DEADLINE|2026-07-01|2026-09-30|-",
        "Quý IV/2025, I/2026|RANGE|2025-10-01|2026-03-31|-",
        "Trong quý IV/2025|DEADLINE|2025-10-01|2025-12-31|-",
        "Năm 2026|DEADLINE|2026-01-01|2026-12-31|-",
        "Trong năm 2025|DEADLINE|2025-01-01|2025-12-31|-",
        "Từ năm 2026|RANGE|2026-01-01|-|-",
        "Đến năm 2030 (Theo QĐ 403/QĐ-TTg ngày 25/02/2025 của Thủ tướng Chính phủ)|DEADLINE|-|2030-12-31|-",
        "Giai đoạn 2025-2027|RANGE|2025-01-01|2027-12-31|-",
        "Giai đoạn 2026 - 2030|RANGE|2026-01-01|2030-12-31|-",
        "Năm 2025 và thực hiện thường xuyên hàng năm|RECURRING|2025-01-01|2025-12-31|yearly",
        "Năm 2025 và thực hiện hàng năm|RECURRING|2025-01-01|2025-12-31|yearly",
        "Quý IV năm 2025 và triển khai thực hiện hằng năm|RECURRING|2025-10-01|2025-12-31|yearly",
        "Quý I/2026 và triển khai thực hiện hằng năm|RECURRING|2026-01-01|2026-03-31|yearly",
        "Thường xuyên|ONGOING|-|-|-",
        "Thực hiện thường xuyên|ONGOING|-|-|-",
        "Hàng năm|RECURRING|-|-|yearly",
        "Hằng năm|RECURRING|-|-|yearly",
        "Hằng quý|RECURRING|-|-|quarterly",
        "Tháng 6/2026|DEADLINE|2026-06-01|2026-06-30|-",
        "6 tháng đầu năm 2026|DEADLINE|2026-01-01|2026-06-30|-"})
    void readsTimeframes(String text, TimeframeKind kind, LocalDate start, LocalDate end, String recurrence) {
        Timeframe t = tf(text);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.start()).isEqualTo(start);
        assertThat(t.end()).isEqualTo(end);
        assertThat(t.recurrence()).isEqualTo(recurrence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khi có văn bản chỉ đạo, triển khai của Trung ương", "Theo kế hoạch của Trung ương",
        "Khi có quy định của Bộ Giáo dục và Đào tạo về các mức độ đưa tiếng Anh thành ngôn ngữ thứ hai trong trường học",
        "Khi có Đề án/kế hoạch/chỉ đạo của tỉnh", "Theo kế hoạch của tỉnh"})
    void conditionalTimeframesHaveNoDates(String text) {
        Timeframe t = tf(text);
        assertThat(t.kind()).isEqualTo(TimeframeKind.CONDITIONAL);
        assertThat(t.start()).isNull();
        assertThat(t.end()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sớm nhất có thể", "Quý V/2026", "Năm 3000", "2027 - 2025", "Tháng 13/2026"})
    void unknownTextGivesNullKindAndWarning(String text) {
        TimeframeParser.Result r = TimeframeParser.parse(text);
        assertThat(r.timeframe().kind()).isNull();
        assertThat(r.timeframe().text()).isEqualTo(text);
        assertThat(r.timeframe().start()).isNull();
        assertThat(r.timeframe().end()).isNull();
        assertThat(r.warning()).startsWith("Không hiểu thời gian thực hiện");
    }

    @Test
    void blankGivesWarning() {
        assertThat(TimeframeParser.parse("  ").warning()).isNotNull();
    }

    @Property
    void neverThrowsAndStartNotAfterEnd(@ForAll String any) {
        TimeframeParser.Result r = TimeframeParser.parse(any);
        assertThat(r).isNotNull();
        Timeframe t = r.timeframe();
        assertThat(t.kind() == null).isEqualTo(r.warning() != null);
        if (t.start() != null && t.end() != null) {
            assertThat(t.start()).isBeforeOrEqualTo(t.end());
        }
    }

    @Property
    void quarterAndYearFormsAlwaysUnderstood(@ForAll("quarters") String text) {
        TimeframeParser.Result r = TimeframeParser.parse(text);
        assertThat(r.warning()).isNull();
        assertThat(r.timeframe().end()).isNotNull();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> quarters() {
        net.jqwik.api.Arbitrary<String> q = net.jqwik.api.Arbitraries.of("I", "II", "III", "IV");
        net.jqwik.api.Arbitrary<Integer> y = net.jqwik.api.Arbitraries.integers().between(2000, 2090);
        return net.jqwik.api.Combinators.combine(q, y, net.jqwik.api.Arbitraries.of("Quý %s/%d", "Quý %s năm %d",
                "Trong quý %s/%d")).as((a, b, f) -> String.format(f, a, b));
    }
}
