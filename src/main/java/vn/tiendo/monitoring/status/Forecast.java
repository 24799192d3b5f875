package vn.tiendo.monitoring.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import vn.tiendo.programme.ValueType;

/**
 * Dự báo: the least-squares straight line through the yearly actual values, read at a target year.
 *
 * @param predicted the value the trend reaches in {@code year}
 * @param target    the target of that year, null when there is none
 * @param willMeet  null when there is no numeric target
 * @param shortfall how much the trend misses the target by (0 when it meets it)
 * @param points    how many yearly values the line is fitted on
 */
public record Forecast(int year, BigDecimal predicted, BigDecimal target, Boolean willMeet, BigDecimal shortfall, int points) {

    /**
     * Fits the trend on {@code yearly} actual values (year → value). The baseline counts as a point when
     * there is no actual value for the baseline year. Needs at least two points, else returns null. The line is
     * kept at or above 0, and at most 100 for a percentage.
     */
    public static Forecast of(IndicatorPlan plan, SortedMap<Integer, BigDecimal> yearly, int year) {
        if (plan.cumulative()) {
            return cumulative(plan, yearly);
        }
        java.util.TreeMap<Integer, BigDecimal> pts = new java.util.TreeMap<>(yearly);
        if (plan.hasBaseline()) {
            pts.putIfAbsent(plan.baselineYear(), plan.baselineValue());
        }
        if (pts.size() < 2) {
            return null;
        }
        double n = pts.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Map.Entry<Integer, BigDecimal> e : pts.entrySet()) {
            double x = e.getKey();
            double y = e.getValue().doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double value = intercept + slope * year;
        if (plan.valueType() == ValueType.PERCENT) {
            value = Math.min(100, value); // a share cannot pass 100 %
        }
        BigDecimal predicted = BigDecimal.valueOf(Math.max(0, value)).setScale(2, RoundingMode.HALF_UP);
        IndicatorPlan.Goal goal = plan.numericTarget(year);
        if (goal == null) {
            return new Forecast(year, predicted, null, null, null, pts.size());
        }
        boolean meets = StatusRules.satisfies(plan, goal.comparator(), predicted, goal.value());
        BigDecimal gap = StatusRules.gap(plan, goal.comparator(), predicted, goal.value());
        return new Forecast(year, predicted, goal.value(), meets, meets ? BigDecimal.ZERO : gap.negate().max(BigDecimal.ZERO), pts.size());
    }

    /**
     * A cumulative indicator (a total over the overall target's period, e.g. 23.500 people trained over 2026–2030):
     * the running total of the yearly values in the period plus their mean for each year still to come, read at the
     * period's end and compared with the overall target. Values before the period (the baseline) do not count. Needs
     * one yearly value in the period, else returns null.
     */
    static Forecast cumulative(IndicatorPlan plan, SortedMap<Integer, BigDecimal> yearly) {
        int from = plan.cumulativeFrom();
        int to = plan.overall().toYear();
        SortedMap<Integer, BigDecimal> in = yearly.subMap(from, to + 1);
        if (in.isEmpty()) {
            return null;
        }
        BigDecimal total = in.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = total.divide(BigDecimal.valueOf(in.size()), 10, RoundingMode.HALF_UP);
        BigDecimal predicted = total.add(mean.multiply(BigDecimal.valueOf(to - in.lastKey())))
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        IndicatorPlan.Goal goal = plan.overallGoal();
        boolean meets = StatusRules.satisfies(plan, goal.comparator(), predicted, goal.value());
        BigDecimal gap = StatusRules.gap(plan, goal.comparator(), predicted, goal.value());
        return new Forecast(to, predicted, goal.value(), meets, meets ? BigDecimal.ZERO : gap.negate().max(BigDecimal.ZERO),
                in.size());
    }
}
