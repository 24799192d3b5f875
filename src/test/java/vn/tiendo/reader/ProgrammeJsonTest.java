package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;

class ProgrammeJsonTest {

    @Test
    void writesFieldsInStableOrderWithNullsWhereTheSpecShowsThem() {
        Target qualitative = new Target(2045, "Trong nhóm các tỉnh trung bình của cả nước", null, null);
        Indicator i = new Indicator("III.1", "Đến năm 2045", "Xếp hạng", "Thứ bậc", ValueType.RANK, Direction.HIGHER, null,
                List.of(qualitative), List.of("Sở Giáo dục và Đào tạo"), false, List.of(), List.of(), false, "x", 190);
        Task t = new Task("B.I.1", "Nhóm", "Việc", List.of("UBND xã"), false, List.of(),
                new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null), null, 10);
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("05-CTr/TU", LocalDate.of(2025, 11, 24),
                "Ban Thường vụ Tỉnh ủy", new OrgUnitRef("12", "Tỉnh Lai Châu"), "kế hoạch", List.of("71-NQ/TW"), null),
                List.of(i), List.of(t), List.of(new ReadWarning(3, "cảnh báo")));
        String json = ProgrammeJson.write(doc);
        assertThat(json).contains("\"date\": \"2025-11-24\"").contains("\"implements\": [\n      \"71-NQ/TW\"\n    ]")
                .contains("\"value\": null").contains("\"start\": null").contains("\"end\": null")
                .contains("\"comparator\": null").doesNotContain("numerator")
                .contains("\"kind\": \"ongoing\"").contains("\"valueType\": \"rank\"").endsWith("}\n");
        assertThat(json.indexOf("\"number\"")).isLessThan(json.indexOf("\"date\""));
        assertThat(json.indexOf("\"document\"")).isLessThan(json.indexOf("\"indicators\""));
        assertThat(json.indexOf("\"indicators\"")).isLessThan(json.indexOf("\"tasks\""));
        assertThat(ProgrammeJson.read(json)).isEqualTo(doc);
        assertThat(ProgrammeJson.write(ProgrammeJson.read(json))).isEqualTo(json);
    }

    @Test
    void seedsRoundTrip() {
        for (String s : Seeds.ALL) {
            ProgrammeDocument doc = Seeds.read(s);
            String json = ProgrammeJson.write(doc);
            assertThat(ProgrammeJson.read(json)).isEqualTo(doc);
            assertThat(ProgrammeJson.write(ProgrammeJson.read(json))).isEqualTo(json);
        }
    }

    @Test
    void malformedJsonIsAReadException() {
        assertThatThrownBy(() -> ProgrammeJson.read("{\"document\": ")).isInstanceOf(ReadException.class)
                .hasMessageContaining("JSON không hợp lệ");
    }

    @Property(tries = 200)
    void roundTrip(@ForAll("documents") ProgrammeDocument doc) {
        String json = ProgrammeJson.write(doc);
        assertThat(ProgrammeJson.read(json)).isEqualTo(doc);
        assertThat(ProgrammeJson.write(ProgrammeJson.read(json))).isEqualTo(json);
    }

    @Provide
    Arbitrary<ProgrammeDocument> documents() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20).injectNull(0.1);
        Arbitrary<String> nonNull = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<BigDecimal> num = Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000"))
                .ofScale(2).injectNull(0.3);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
                .injectNull(0.3);
        Arbitrary<Target> target = Combinators.combine(Arbitraries.integers().between(1990, 2100), nonNull,
                Arbitraries.of(Comparator.class).injectNull(0.2), num, Arbitraries.integers().between(0, 99).injectNull(0.7))
                .as((y, t, c, v, n) -> new Target(y, t, c, v, n, n == null ? null : n + 1));
        Arbitrary<Indicator> leaf = Combinators.combine(text, text, nonNull, text, Arbitraries.of(ValueType.class),
                Arbitraries.of(Direction.class), target.list().ofMaxSize(4), nonNull.list().ofMaxSize(3))
                .as((code, section, name, unit, vt, dir, ts, bodies) -> new Indicator(code, section, name, unit, vt, dir,
                        unit == null ? null : new Baseline(2025, "71,9", new BigDecimal("71.9")), ts, bodies,
                        bodies.isEmpty(), List.of(), List.of(), vt == ValueType.TEXT, name, 7));
        Arbitrary<Indicator> indicator = Combinators.combine(leaf, leaf.list().ofMaxSize(2))
                .as((p, kids) -> new Indicator(p.code(), p.section(), p.name(), p.unit(), p.valueType(), p.direction(),
                        p.baseline(), p.targets(), p.trackedBy(), p.trackedByInferred(), List.of("chú thích"), kids,
                        p.fromProse(), p.sourceText(), null));
        Arbitrary<Timeframe> tf = Combinators.combine(nonNull, Arbitraries.of(TimeframeKind.class).injectNull(0.2), date, date,
                Arbitraries.of("yearly", "quarterly", "monthly").injectNull(0.5)).as(Timeframe::new).injectNull(0.1);
        Arbitrary<Task> task = Combinators.combine(text, text, nonNull, nonNull.list().ofMaxSize(3), Arbitraries.of(true, false),
                nonNull.list().ofMaxSize(3), tf, text).as((c, g, t, l, inf, co, f, n) -> new Task(c, g, t, l, inf, co, f, n, 3));
        Arbitrary<DocumentInfo> info = Combinators.combine(text, date, text, text, nonNull.list().ofMaxSize(3), text)
                .as((n, d, iss, k, impl, title) -> new DocumentInfo(n, d, iss, n == null ? null : new OrgUnitRef(null, iss), k,
                        impl, title));
        Arbitrary<ReadWarning> warning = Combinators.combine(Arbitraries.integers().between(0, 9999), nonNull).as(ReadWarning::new);
        return Combinators.combine(info, indicator.list().ofMaxSize(3), task.list().ofMaxSize(3), warning.list().ofMaxSize(3))
                .as(ProgrammeDocument::new);
    }
}
