package vn.tiendo.monitoring.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.ValueType;

class StatusRulesTest {

    /** Trường đạt chuẩn quốc gia, Lai Châu: 71,9 → 72,6 / 74,7 / 77,5 / 79,7, 2030 ≥ 80. */
    static final IndicatorPlan SCHOOLS = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "71.9",
            goal(2026, Comparator.EQ, "72.6"), goal(2027, Comparator.EQ, "74.7"), goal(2028, Comparator.EQ, "77.5"),
            goal(2029, Comparator.EQ, "79.7"), goal(2030, Comparator.GE, "80"), goal(2035, Comparator.GE, "85"));

    static IndicatorPlan.Goal goal(int year, Comparator c, String value) {
        return new IndicatorPlan.Goal(year, c, value == null ? null : new BigDecimal(value), value == null ? "Đạt" : value);
    }

    static IndicatorPlan plan(ValueType type, Direction d, Integer baseYear, String base, IndicatorPlan.Goal... goals) {
        TreeMap<Integer, IndicatorPlan.Goal> m = new TreeMap<>();
        for (IndicatorPlan.Goal g : goals) {
            m.put(g.year(), g);
        }
        return new IndicatorPlan(type, d, baseYear, base == null ? null : new BigDecimal(base), m);
    }

    static Status status(IndicatorPlan plan, String period, String actual) {
        return StatusRules.assess(plan, Period.parse(period), actual == null ? null : new BigDecimal(actual), null).status();
    }

    @Test
    void theYearsOwnTargetDecides() {
        assertThat(status(SCHOOLS, "2026", "72.8")).isEqualTo(Status.MET);
        assertThat(status(SCHOOLS, "2026", "72.6")).isEqualTo(Status.MET); // exactly the target
        assertThat(status(SCHOOLS, "2026", "70")).isEqualTo(Status.AT_RISK); // 2,6 short of 72,6 is within 5 %
        assertThat(status(SCHOOLS, "2026", "68.9")).isEqualTo(Status.OFF_TRACK); // 3,7 short is more than 3,63
        Assessment a = StatusRules.assess(SCHOOLS, Period.year(2026), new BigDecimal("70"), null);
        assertThat(a.reference()).isEqualByComparingTo("72.6");
        assertThat(a.gap()).isEqualByComparingTo("-2.6");
    }

    @Test
    void withinTheYearTheStraightLineFromTheLastPointIsUsed() {
        // end of 2026 Q2 lies half way from 71,9 (2025) to 72,6 (2026): 72,25
        assertThat(StatusRules.pathValue(SCHOOLS, StatusRules.timeOf(Period.parse("2026Q2")))).isEqualByComparingTo("72.25");
        assertThat(status(SCHOOLS, "2026Q2", "72.25")).isEqualTo(Status.ON_TRACK); // exactly on the line
        assertThat(status(SCHOOLS, "2026Q2", "72.0")).isEqualTo(Status.AT_RISK);
    }

    @Test
    void withoutYearlyTargetsTheLineRunsFromTheBaselineToTheMilestone() {
        IndicatorPlan plan = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "45.6", goal(2030, Comparator.GE, "62"));
        // 45,6 + (62 − 45,6) / 5 = 48,88 at the end of 2026
        assertThat(StatusRules.pathValue(plan, 2026)).isEqualByComparingTo("48.88");
        assertThat(status(plan, "2026", "48.88")).isEqualTo(Status.ON_TRACK);
        assertThat(status(plan, "2026", "47")).isEqualTo(Status.AT_RISK);
        assertThat(status(plan, "2026", "40")).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aTargetAlreadyMetIsMetWhateverTheYear() {
        assertThat(status(SCHOOLS, "2026", "80")).isEqualTo(Status.MET);
        assertThat(StatusRules.assess(SCHOOLS, Period.year(2026), new BigDecimal("80"), null).reason()).contains("2030");
    }

    @Test
    void strictGreaterThanIsNotMetByTheBoundary() {
        IndicatorPlan plan = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "50", goal(2026, Comparator.GT, "60"), goal(2030, Comparator.GT, "90"));
        assertThat(status(plan, "2026", "60")).isEqualTo(Status.AT_RISK); // on the line but not above it
        assertThat(status(plan, "2026", "60.1")).isEqualTo(Status.MET);
    }

    @Test
    void lowerIsBetterByComparator() {
        // tỉ lệ học sinh bỏ học ≤ 1 % by 2030 from 3 % in 2025
        IndicatorPlan plan = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "3", goal(2030, Comparator.LE, "1"));
        assertThat(status(plan, "2026", "0.9")).isEqualTo(Status.MET);
        assertThat(status(plan, "2026", "2.5")).isEqualTo(Status.ON_TRACK); // path 2,6
        assertThat(status(plan, "2026", "2.7")).isEqualTo(Status.AT_RISK); // 0,1 above is within 5 % of 2,6
        assertThat(status(plan, "2026", "3.2")).isEqualTo(Status.OFF_TRACK);
        assertThat(StatusRules.assess(plan, Period.year(2026), new BigDecimal("2.5"), null).gap()).isEqualByComparingTo("0.1");
        IndicatorPlan strict = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "3", goal(2030, Comparator.LT, "1"));
        assertThat(status(strict, "2030", "1")).isNotEqualTo(Status.MET);
    }

    @Test
    void lowerIsBetterByDirectionWithEquals() {
        IndicatorPlan plan = plan(ValueType.NUMBER, Direction.LOWER, 2025, "120", goal(2026, Comparator.EQ, "100"), goal(2030, Comparator.EQ, "40"));
        assertThat(status(plan, "2026", "95")).isEqualTo(Status.MET);
        assertThat(status(plan, "2026", "104")).isEqualTo(Status.AT_RISK);
        assertThat(status(plan, "2026", "130")).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void equalsOnYesNoMeansDat() {
        IndicatorPlan plan = plan(ValueType.YES_NO, Direction.HIGHER, null, null, goal(2030, Comparator.EQ, null));
        assertThat(StatusRules.assess(plan, Period.year(2026), null, "Đạt").status()).isEqualTo(Status.MET);
        assertThat(StatusRules.assess(plan, Period.year(2026), BigDecimal.ONE, null).status()).isEqualTo(Status.MET);
        assertThat(StatusRules.assess(plan, Period.year(2026), null, "Chưa đạt").status()).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.assess(plan, Period.year(2029), BigDecimal.ZERO, null).status()).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.assess(plan, Period.year(2030), null, "Chưa đạt").status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void onlyAQualitativeTargetIsJudgedFromTheReportedText() {
        IndicatorPlan plan = plan(ValueType.TEXT, Direction.HIGHER, null, null,
                new IndicatorPlan.Goal(2030, Comparator.EQ, null, "Đạt kết quả bước đầu"));
        assertThat(StatusRules.assess(plan, Period.year(2026), null, "Hoàn thành").status()).isEqualTo(Status.MET);
        assertThat(StatusRules.assess(plan, Period.year(2026), null, "Đang xây dựng đề án").status()).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRules.assess(plan, Period.year(2031), null, "Đang xây dựng đề án").status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void withoutBaselineOnlyTheGoalCanBeJudged() {
        IndicatorPlan plan = plan(ValueType.PERCENT, Direction.HIGHER, null, null, goal(2030, Comparator.GE, "25"));
        assertThat(status(plan, "2026", "26")).isEqualTo(Status.MET);
        Assessment a = StatusRules.assess(plan, Period.year(2026), new BigDecimal("20"), null);
        assertThat(a.status()).isEqualTo(Status.AT_RISK);
        assertThat(a.reason()).contains("chưa có năm gốc");
    }

    @Test
    void noValueIsNoData() {
        assertThat(status(SCHOOLS, "2026", null)).isEqualTo(Status.NO_DATA);
        IndicatorPlan noTargets = plan(ValueType.NUMBER, Direction.HIGHER, 2025, "10");
        assertThat(status(noTargets, "2026", "12")).isEqualTo(Status.NO_DATA);
    }

    @Test
    void theForecastSaysByHowMuchThe2030TargetWillBeMissed() {
        IndicatorPlan plan = plan(ValueType.PERCENT, Direction.HIGHER, 2025, "71.9", goal(2030, Comparator.GE, "81.2"));
        TreeMap<Integer, BigDecimal> yearly = new TreeMap<>();
        yearly.put(2026, new BigDecimal("72.9"));
        yearly.put(2027, new BigDecimal("73.9"));
        Forecast f = Forecast.of(plan, yearly, 2030); // +1 a year from 71,9: 76,9 in 2030
        assertThat(f.predicted()).isEqualByComparingTo("76.9");
        assertThat(f.willMeet()).isFalse();
        assertThat(f.shortfall()).isEqualByComparingTo("4.3");
        assertThat(f.points()).isEqualTo(3);
        yearly.put(2028, new BigDecimal("79")); // slope 2,23: 82,23 in 2030
        assertThat(Forecast.of(plan, yearly, 2030).willMeet()).isTrue();
        assertThat(Forecast.of(plan(ValueType.PERCENT, Direction.HIGHER, null, null), new TreeMap<>(yearly.headMap(2027)), 2030)).isNull();
    }
}
