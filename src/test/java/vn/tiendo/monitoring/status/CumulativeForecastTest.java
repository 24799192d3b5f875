package vn.tiendo.monitoring.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ValueType;

/**
 * A cumulative indicator: "Đào tạo nghề" 4.700 people a year, 23.500 in total over 2026–2030, 7.325 trained in 2025
 * (the baseline, outside the period). Status and forecast judge the running total against the overall target.
 */
class CumulativeForecastTest {

    static IndicatorPlan training(boolean yearlyTargets) {
        TreeMap<Integer, IndicatorPlan.Goal> goals = new TreeMap<>();
        if (yearlyTargets) {
            for (int y = 2026; y <= 2030; y++) {
                goals.put(y, new IndicatorPlan.Goal(y, Comparator.EQ, new BigDecimal("4700"), "4.700"));
            }
        }
        return new IndicatorPlan(ValueType.NUMBER, Direction.HIGHER, 2025, new BigDecimal("7325"), goals, Measure.CUMULATIVE,
                new OverallTarget("23.500", null, new BigDecimal("23500"), 2026, 2030));
    }

    private static TreeMap<Integer, BigDecimal> yearly(String... values) {
        TreeMap<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(2026 + i, new BigDecimal(values[i]));
        }
        return m;
    }

    @Test
    void theForecastAddsTheMeanYearToTheRunningTotal() {
        Forecast f = Forecast.of(training(true), yearly("4800", "4600"), 2030); // 9.400 + 3 × 4.700 = 23.500
        assertThat(f.year()).isEqualTo(2030);
        assertThat(f.predicted()).isEqualByComparingTo("23500");
        assertThat(f.target()).isEqualByComparingTo("23500");
        assertThat(f.willMeet()).isTrue();
        assertThat(f.points()).isEqualTo(2);
        Forecast short_ = Forecast.of(training(true), yearly("4000", "4200"), 2030); // 8.200 + 3 × 4.100 = 20.500
        assertThat(short_.predicted()).isEqualByComparingTo("20500");
        assertThat(short_.willMeet()).isFalse();
        assertThat(short_.shortfall()).isEqualByComparingTo("3000");
    }

    @Test
    void theBaselineYearBeforeThePeriodIsNotAddedNorFittedThrough() {
        TreeMap<Integer, BigDecimal> withBaseline = yearly("4700");
        withBaseline.put(2025, new BigDecimal("7325"));
        Forecast f = Forecast.of(training(true), withBaseline, 2030);
        assertThat(f.predicted()).isEqualByComparingTo("23500"); // 5 × 4.700, not a trend from 7.325 down to 4.700
        assertThat(f.points()).isEqualTo(1);
        assertThat(Forecast.of(training(true), new TreeMap<>(java.util.Map.of(2025, new BigDecimal("7325"))), 2030)).isNull();
    }

    @Test
    void theStatusComparesTheRunningTotalWithThePlannedTotal() {
        Assessment onTrack = StatusRules.assessTotal(training(true), 2027, new BigDecimal("9500"));
        assertThat(onTrack.status()).isEqualTo(Status.ON_TRACK);
        assertThat(onTrack.reference()).isEqualByComparingTo("9400");
        assertThat(onTrack.gap()).isEqualByComparingTo("100");
        assertThat(StatusRules.assessTotal(training(true), 2027, new BigDecimal("9000")).status()).isEqualTo(Status.AT_RISK);
        assertThat(StatusRules.assessTotal(training(true), 2027, new BigDecimal("8000")).status()).isEqualTo(Status.OFF_TRACK);
        Assessment met = StatusRules.assessTotal(training(true), 2029, new BigDecimal("23600"));
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.reason()).isEqualTo("Lũy kế đã đạt chỉ tiêu giai đoạn 2026–2030.");
    }

    @Test
    void withoutYearlyTargetsThePlannedTotalIsTheOverallTargetProRata() {
        assertThat(StatusRules.plannedTotal(training(false), 2026, 2028)).isEqualByComparingTo("14100");
        assertThat(StatusRules.assessTotal(training(false), 2028, new BigDecimal("14100")).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aYearlyIndicatorWithAnOverallTargetIsNotCumulative() {
        IndicatorPlan yearly = new IndicatorPlan(ValueType.PERCENT, Direction.HIGHER, 2025, new BigDecimal("60"), new TreeMap<>(),
                Measure.YEARLY, new OverallTarget("≥ 80", Comparator.GE, new BigDecimal("80"), null, 2030));
        assertThat(yearly.cumulative()).isFalse();
        assertThat(training(true).cumulative()).isTrue();
    }
}
