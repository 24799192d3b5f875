package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;

/** Targeted checks of the tricky parts of the four seeds (the golden JSON checks everything else). */
class SeedReadingTest {

    private static final ProgrammeDocument D000 = Seeds.read(Seeds.S000);
    private static final ProgrammeDocument D001 = Seeds.read(Seeds.S001);
    private static final ProgrammeDocument D002 = Seeds.read(Seeds.S002);
    private static final ProgrammeDocument D003 = Seeds.read(Seeds.S003);

    @Test
    void headers() {
        assertThat(D000.document().number()).isEqualTo("05-CTr/TU");
        assertThat(D000.document().date()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(D000.document().issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(D000.document().kind()).isEqualTo("chương trình hành động");
        assertThat(D000.document().implementsDocs()).containsExactly("71-NQ/TW");
        assertThat(D000.document().orgUnit().code()).isEqualTo("12");
        assertThat(D000.document().orgUnit().name()).isEqualTo("Tỉnh Lai Châu");

        assertThat(D001.document().number()).isEqualTo("70-KH/ĐU");
        assertThat(D001.document().date()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(D001.document().issuer()).isEqualTo("Ban Thường vụ Đảng ủy");
        assertThat(D001.document().kind()).isEqualTo("kế hoạch");
        assertThat(D001.document().implementsDocs()).containsExactly("05-CTr/TU", "71-NQ/TW");
        assertThat(D001.document().orgUnit().name()).isEqualTo("Xã Bình Lư");
        assertThat(D001.document().orgUnit().code()).isNull(); // no resolver: the storage layer resolves it
        assertThat(D001.document().title()).startsWith("KẾ HOẠCH triển khai Chương trình hành động số 05-CTr/TU");

        assertThat(D002.document().number()).isNull();
        assertThat(D002.document().kind()).isEqualTo("nghị quyết");
        assertThat(D002.document().issuer()).isEqualTo("Tỉnh ủy");
        assertThat(D002.document().date()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(D002.document().orgUnit().code()).isEqualTo("12");

        assertThat(D003.document().number()).isEqualTo("04-CTr/TU");
        assertThat(D003.document().date()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(D003.document().implementsDocs()).containsExactly("71-NQ/TW", "281/NQ-CP");
        assertThat(D003.document().orgUnit().code()).isEqualTo("24");
        assertThat(D003.document().orgUnit().name()).isEqualTo("Tỉnh Bắc Ninh");
    }

    @Test
    void communeCodeComesFromTheResolver() {
        ProgrammeReader reader = new ProgrammeReader(ProgrammeReader.DEFAULT_MAX_BYTES,
                (name, province) -> name.equals("Xã Bình Lư") && "Tỉnh Lai Châu".equals(province) ? "03390" : null);
        ProgrammeDocument doc = reader.read(Seeds.S001, Seeds.bytes(Seeds.S001));
        assertThat(doc.document().orgUnit().code()).isEqualTo("03390");
        assertThat(doc.warnings()).noneMatch(w -> w.message().contains("Chưa biết mã"));
    }

    @Test
    void counts() {
        // 000: 9 indicators to 2030, II.1 merged into I.1, II.2, II.3, III.1; tasks: the unnumbered A row + 17 numbered
        assertThat(D000.indicatorCount()).isEqualTo(12);
        assertThat(D000.targetCount()).isEqualTo(37);
        assertThat(D000.tasks()).hasSize(18);
        assertThat(D000.tasks().stream().filter(t -> t.code().startsWith("B."))).hasSize(17);
        // 001: 6 + 2; A.1 + 14 numbered B tasks
        assertThat(D001.indicatorCount()).isEqualTo(8);
        assertThat(D001.targetCount()).isEqualTo(25);
        assertThat(D001.tasks()).hasSize(15);
        assertThat(D001.tasks().stream().filter(t -> t.code().startsWith("B."))).hasSize(14);
        // 002: prose only
        assertThat(D002.indicators()).hasSize(16).allMatch(Indicator::fromProse);
        assertThat(D002.tasks()).isEmpty();
        // 003: 18 numbered indicators + 8 sub-indicators; 39 tasks
        assertThat(D003.indicators()).hasSize(18);
        assertThat(D003.indicatorCount()).isEqualTo(26);
        assertThat(D003.targetCount()).isEqualTo(77);
        assertThat(D003.tasks()).hasSize(39);
    }

    @Test
    void allTargetsOfTruongDatChuanIn000() {
        Indicator i = Seeds.indicator(D000, "I.1");
        assertThat(i.name()).isEqualTo("Trường đạt chuẩn quốc gia");
        assertThat(i.unit()).isEqualTo("%");
        assertThat(i.valueType()).isEqualTo(ValueType.PERCENT);
        assertThat(i.direction()).isEqualTo(Direction.HIGHER);
        assertThat(i.section()).isEqualTo("Đến năm 2030");
        assertThat(i.baseline().year()).isEqualTo(2025);
        assertThat(i.baseline().value()).isEqualTo(new BigDecimal("71.9"));
        assertThat(i.baseline().text()).isEqualTo("71,9");
        assertThat(i.targets()).extracting(Target::year, Target::comparator, Target::value, Target::text).containsExactly(
                tuple(2026, Comparator.EQ, new BigDecimal("72.6"), "72,6"),
                tuple(2027, Comparator.EQ, new BigDecimal("74.7"), "74,7"),
                tuple(2028, Comparator.EQ, new BigDecimal("77.5"), "77,5"),
                tuple(2029, Comparator.EQ, new BigDecimal("79.7"), "79,7"),
                tuple(2030, Comparator.EQ, new BigDecimal("81.2"), "81,2"),
                tuple(2035, Comparator.GE, new BigDecimal("85"), "≥85"));
        assertThat(i.trackedBy()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(i.trackedByInferred()).isFalse();
        assertThat(i.sourceLine()).isEqualTo(170);
    }

    @Test
    void countOfCommunesCellAndInferredTrackingBody() {
        Indicator i = Seeds.indicator(D000, "I.2");
        Target t2026 = i.targets().get(0);
        assertThat(t2026.year()).isEqualTo(2026);
        assertThat(t2026.text()).isEqualTo("21 (8/38)");
        assertThat(t2026.value()).isEqualTo(new BigDecimal("21"));
        assertThat(t2026.numerator()).isEqualTo(8);
        assertThat(t2026.denominator()).isEqualTo(38);
        assertThat(i.unit()).isEqualTo("% (xã, phường)");
        assertThat(i.valueType()).isEqualTo(ValueType.PERCENT);
        assertThat(i.baseline().value()).isEqualTo(new BigDecimal("0"));
        assertThat(i.trackedBy()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(i.trackedByInferred()).isTrue();
        // continues across the page break (repeated header) within the same table
        assertThat(Seeds.indicator(D000, "I.6").trackedByInferred()).isTrue();
    }

    @Test
    void qualitativeTargetInTheUnitColumnAndCumulativeOverallTarget() {
        Indicator i7 = Seeds.indicator(D000, "I.7");
        assertThat(i7.unit()).isNull();
        assertThat(i7.valueType()).isEqualTo(ValueType.TEXT);
        assertThat(i7.targets()).singleElement().satisfies(t -> {
            assertThat(t.year()).isEqualTo(2030);
            assertThat(t.text()).isEqualTo("Năm 2030 đạt chuẩn quốc gia");
            assertThat(t.value()).isNull();
        });
        Indicator i6 = Seeds.indicator(D000, "I.6");
        assertThat(i6.valueType()).isEqualTo(ValueType.NUMBER);
        assertThat(i6.baseline().value()).isEqualTo(new BigDecimal("7325"));
        assertThat(i6.targets()).extracting(Target::value).containsOnly(new BigDecimal("4700"));
        // 23.500 is the total of the five yearly 4.700: the indicator is cumulative, not a conflict (issue 13)
        assertThat(i6.measure()).isEqualTo(vn.tiendo.programme.Measure.CUMULATIVE);
        assertThat(i6.overallTarget()).isEqualTo(new vn.tiendo.programme.OverallTarget("23.500",
                vn.tiendo.programme.Comparator.EQ, new BigDecimal("23500"), 2026, 2030));
        assertThat(D000.warnings()).noneSatisfy(w -> assertThat(w.line()).isEqualTo(178));
        Indicator rank = Seeds.indicator(D000, "III.1");
        assertThat(rank.valueType()).isEqualTo(ValueType.RANK);
        assertThat(rank.targets()).singleElement().extracting(Target::year, Target::value, Target::text)
                .containsExactly(2045, null, "Trong nhóm các tỉnh trung bình của cả nước");
        assertThat(Seeds.indicator(D000, "II.2").targets()).singleElement()
                .extracting(Target::year, Target::value).containsExactly(2035, new BigDecimal("100"));
    }

    @Test
    void yesNoIndicatorOf001() {
        Indicator i = Seeds.indicator(D001, "I.2");
        assertThat(i.valueType()).isEqualTo(ValueType.YES_NO);
        assertThat(i.baseline().text()).isEqualTo("Chưa đạt");
        assertThat(i.baseline().value()).isNull();
        assertThat(i.targets()).extracting(Target::text).containsExactly("Chưa đạt", "Đạt", "Đạt", "Đạt", "Đạt");
        assertThat(i.targets()).extracting(Target::comparator).containsOnly(Comparator.EQ);
        assertThat(Seeds.indicator(D001, "I.1").targets()).extracting(Target::year)
                .containsExactly(2026, 2027, 2028, 2029, 2030, 2035);
    }

    @Test
    void subIndicatorsFootnotesAndDirectionIn003() {
        Indicator one = Seeds.indicator(D003, "1");
        assertThat(one.name()).isEqualTo("Trường mầm non và phổ thông công lập đạt chuẩn quốc gia");
        assertThat(one.footnotes()).containsExactly(
                "Không kể các trường mới thành lập, chưa đủ thời gian công nhận trường đạt chuẩn quốc gia.");
        assertThat(one.children()).extracting(Indicator::code).containsExactly("1.a");
        assertThat(one.targets()).extracting(Target::year).containsExactly(2030, 2035, 2045);
        assertThat(Seeds.indicator(D003, "5").children()).extracting(Indicator::code)
                .containsExactly("5.1", "5.2", "5.3", "5.4");
        assertThat(Seeds.indicator(D003, "14").children()).extracting(Indicator::code).containsExactly("14.1", "14.2");
        assertThat(Seeds.indicator(D003, "4.a").targets()).extracting(Target::year, Target::text)
                .containsExactly(tuple(2035, "Hoàn thành"), tuple(2045, "Hoàn thành"));
        Indicator ineq = Seeds.indicator(D003, "9");
        assertThat(ineq.direction()).isEqualTo(Direction.LOWER);
        assertThat(ineq.targets().get(0).comparator()).isEqualTo(Comparator.LT);
        Indicator hdi = Seeds.indicator(D003, "8");
        assertThat(hdi.targets().get(0)).extracting(Target::comparator, Target::value)
                .containsExactly(Comparator.GT, new BigDecimal("0.9"));
        assertThat(Seeds.indicator(D003, "15").valueType()).isEqualTo(ValueType.RANK);
        assertThat(Seeds.indicator(D003, "7").valueType()).isEqualTo(ValueType.TEXT);
        assertThat(Seeds.indicator(D003, "11").valueType()).isEqualTo(ValueType.COUNT);
        assertThat(Seeds.indicator(D003, "5.2").name()).isEqualTo("Học sinh TH được trang bị kỹ năng sử dụng AI cơ bản");
    }

    @Test
    void tasksOf000() {
        Task a = Seeds.task(D000, "A.1");
        assertThat(a.group()).isEqualTo("Đối với các nhiệm vụ của Trung ương");
        assertThat(a.timeframe().kind()).isEqualTo(TimeframeKind.CONDITIONAL);
        Task t1 = Seeds.task(D000, "B.I.1");
        assertThat(t1.lead()).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(t1.coordinating()).containsExactly("Các ban đảng tỉnh", "Các đảng ủy trực thuộc Tỉnh ủy");
        assertThat(t1.timeframe().kind()).isEqualTo(TimeframeKind.RECURRING);
        assertThat(t1.timeframe().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(t1.timeframe().recurrence()).isEqualTo("yearly");
        Task t5 = Seeds.task(D000, "B.II.5");
        assertThat(t5.timeframe().kind()).isEqualTo(TimeframeKind.DEADLINE);
        assertThat(t5.timeframe().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(t5.sourceLine()).isEqualTo(214); // after the repeated header of the page break
        Task t16 = Seeds.task(D000, "B.VIII.16");
        assertThat(t16.lead()).containsExactly("UBKT Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy");
        Task t17 = Seeds.task(D000, "B.VIII.17");
        assertThat(t17.coordinating()).containsExactly("Đảng ủy UBND tỉnh", "Đảng ủy các xã, phường", "Đảng ủy có liên quan");
        assertThat(t17.timeframe().kind()).isEqualTo(TimeframeKind.CONDITIONAL);
        assertThat(Seeds.task(D000, "B.V.11").timeframe()).extracting(t -> t.kind(), t -> t.start(), t -> t.end())
                .containsExactly(TimeframeKind.RANGE, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(Seeds.task(D000, "B.III.9").timeframe().end()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(D000.tasks()).noneMatch(Task::leadInferred);
    }

    @Test
    void inferredLeadsOf001() {
        Task t6 = Seeds.task(D001, "B.II.6");
        assertThat(t6.leadInferred()).isTrue();
        assertThat(t6.lead()).containsExactly("UBND xã");
        assertThat(t6.timeframe().text()).isEqualTo("Quý I/2026"); // merged cell continued from task 5
        assertThat(Seeds.task(D001, "B.III.8").leadInferred()).isTrue();
        assertThat(Seeds.task(D001, "B.V.11").leadInferred()).isTrue();
        assertThat(D001.tasks()).filteredOn(Task::leadInferred).extracting(Task::code)
                .containsExactly("B.II.6", "B.III.8", "B.V.11");
        Task t13 = Seeds.task(D001, "B.VII.13");
        assertThat(t13.lead()).containsExactly("Ban Xây dựng Đảng", "UKT Đảng ủy");
        assertThat(t13.coordinating()).containsExactly("UBND xã", "Các cơ quan, đơn vị", "Các chi, đảng bộ liên quan");
        Task t3 = Seeds.task(D001, "B.I.3");
        assertThat(t3.title()).isEqualTo("Xây dựng kế hoạch thực hiện Nghị quyết số 71-NQ/TW phù hợp với chức năng, nhiệm vụ và tình hình thực tiễn của xã.");
        assertThat(t3.timeframe()).extracting(t -> t.kind(), t -> t.start(), t -> t.end(), t -> t.recurrence())
                .containsExactly(TimeframeKind.RECURRING, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "yearly");
        assertThat(Seeds.task(D001, "B.IV.9").timeframe().kind()).isEqualTo(TimeframeKind.RECURRING);
    }

    @Test
    void twoGroupsNumberedIvIn003() {
        List<Task> iv = D003.tasks().stream().filter(t -> t.code().startsWith("IV.")).toList();
        assertThat(iv).hasSize(17);
        assertThat(iv).extracting(Task::group).containsOnly("Nhóm nhiệm vụ về phát triển nguồn nhân lực",
                "Nhóm nhiệm vụ về bố trí vốn đầu tư phát triển giáo dục và đào tạo");
        assertThat(Seeds.task(D003, "IV.29").group()).isEqualTo("Nhóm nhiệm vụ về phát triển nguồn nhân lực");
        assertThat(Seeds.task(D003, "IV.30").group()).isEqualTo("Nhóm nhiệm vụ về bố trí vốn đầu tư phát triển giáo dục và đào tạo");
        assertThat(D003.tasks()).extracting(Task::code).doesNotHaveDuplicates();
        assertThat(D003.warnings()).anySatisfy(w -> assertThat(w.message()).contains("\"IV\" lặp lại"));
        Task t8 = Seeds.task(D003, "II.8");
        assertThat(t8.timeframe()).extracting(t -> t.kind(), t -> t.start(), t -> t.end())
                .containsExactly(TimeframeKind.RANGE, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31));
        assertThat(Seeds.task(D003, "I.6").timeframe().end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Seeds.task(D003, "III.13").timeframe()).extracting(t -> t.kind(), t -> t.start(), t -> t.end())
                .containsExactly(TimeframeKind.RANGE, LocalDate.of(2026, 1, 1), null);
        assertThat(Seeds.task(D003, "V.39").coordinating()).isEmpty();
        assertThat(D003.tasks()).allSatisfy(t -> assertThat(t.timeframe().kind()).isNotNull());
    }

    @Test
    void proseTargetsOf002() {
        assertThat(D002.indicators()).extracting(i -> i.targets().get(0).value()).contains(
                new BigDecimal("99.8"), new BigDecimal("99.9"), new BigDecimal("98"), new BigDecimal("60"),
                new BigDecimal("99"), new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("11"));
        Indicator grad = D002.indicators().stream().filter(i -> i.name().startsWith("Tỷ lệ tốt nghiệp")).findFirst().orElseThrow();
        assertThat(grad.targets().get(0).comparator()).isEqualTo(Comparator.GT);
        assertThat(grad.sourceText()).isEqualTo("Tỷ lệ tốt nghiệp trung học phổ thông hằng năm đạt trên 99%");
        Indicator upper = D002.indicators().stream().filter(i -> i.name().endsWith("– trung học phổ thông")).findFirst().orElseThrow();
        assertThat(upper.targets().get(0)).extracting(Target::comparator, Target::value, Target::year, Target::text)
                .containsExactly(Comparator.GE, new BigDecimal("60"), 2030, "từ 60% trở lên");
        Indicator schools = D002.indicators().stream().filter(i -> i.name().contains("tiếng Trung Quốc tại 11 trường")).findFirst().orElseThrow();
        assertThat(schools.valueType()).isEqualTo(ValueType.COUNT);
        assertThat(schools.unit()).isEqualTo("trường");
        Indicator rooms = D002.indicators().stream().filter(i -> i.name().equals("Phòng học được kiên cố hóa")).findFirst().orElseThrow();
        assertThat(rooms.targets().get(0)).extracting(Target::year, Target::value).containsExactly(2030, new BigDecimal("100"));
        assertThat(rooms.sourceLine()).isEqualTo(110);
        Indicator digital = D002.indicators().stream().filter(i -> i.name().startsWith("Cán bộ quản lý giáo dục, giáo viên")).findFirst().orElseThrow();
        assertThat(digital.targets().get(0).year()).isEqualTo(2028);
        Indicator english = D002.indicators().stream().filter(i -> i.name().contains("tiếng Anh bắt buộc")).findFirst().orElseThrow();
        assertThat(english.targets().get(0).year()).isEqualTo(2029);
        assertThat(D002.indicators()).allSatisfy(i -> {
            assertThat(i.fromProse()).isTrue();
            assertThat(i.sourceText()).isNotBlank();
            assertThat(i.sourceLine()).isBetween(82, 113);
        });
    }
}
