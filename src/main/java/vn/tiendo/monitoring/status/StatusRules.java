package vn.tiendo.monitoring.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Period;

/**
 * Decides the status of an actual value against the plan (quy tắc đánh giá tiến độ). The rules are
 * written out in docs/status-rules.md; in short: the goal is the next milestone target (2030, 2035,
 * 2045); the path is the straight line through the baseline and the yearly targets; meeting the goal or
 * the year's own target is {@link Status#MET}, being on or past the path is {@link Status#ON_TRACK},
 * falling short of it by at most {@link #AT_RISK_TOLERANCE} of its value is {@link Status#AT_RISK}, more
 * is {@link Status#OFF_TRACK}.
 */
public final class StatusRules {

    /** At risk when short of the path by at most 5 % of the path value (ngưỡng "có nguy cơ"). */
    public static final BigDecimal AT_RISK_TOLERANCE = new BigDecimal("0.05");
    private static final MathContext MC = MathContext.DECIMAL64;

    private StatusRules() {
    }

    /** The status of {@code actual} (number and/or text, either may be null) for {@code period}. */
    public static Assessment assess(IndicatorPlan plan, Period period, BigDecimal actual, String actualText) {
        boolean hasText = actualText != null && !actualText.isBlank();
        if (actual == null && !hasText) {
            return Assessment.of(Status.NO_DATA, "Chưa có số liệu thực hiện.");
        }
        if (plan.qualitative() || actual == null) {
            return qualitative(plan, period, actual, actualText);
        }
        IndicatorPlan.Goal goal = goal(plan, period.year());
        if (goal == null) {
            return Assessment.of(Status.NO_DATA, "Chương trình không đặt mục tiêu bằng số cho chỉ tiêu này.");
        }
        if (satisfies(plan, goal.comparator(), actual, goal.value())) {
            return new Assessment(Status.MET, goal.value(), gap(plan, goal.comparator(), actual, goal.value()),
                    "Đã đạt mục tiêu năm " + goal.year() + ".");
        }
        double t = timeOf(period);
        BigDecimal path = pathValue(plan, t);
        if (path == null) {
            return new Assessment(Status.AT_RISK, goal.value(), gap(plan, goal.comparator(), actual, goal.value()),
                    "Chưa đạt mục tiêu năm " + goal.year() + " và chưa có năm gốc để vẽ đường tiến độ.");
        }
        IndicatorPlan.Goal yearTarget = period.type() == Period.Type.YEAR ? plan.numericTarget(period.year()) : null;
        Comparator cmp = yearTarget != null ? yearTarget.comparator() : goal.comparator();
        BigDecimal gap = gap(plan, cmp, actual, path);
        if (satisfies(plan, cmp, actual, path)) {
            return yearTarget != null
                    ? new Assessment(Status.MET, path, gap, "Đạt mục tiêu năm " + period.year() + ".")
                    : new Assessment(Status.ON_TRACK, path, gap, "Bằng hoặc vượt đường tiến độ tới mục tiêu năm " + goal.year() + ".");
        }
        BigDecimal scale = path.signum() != 0 ? path.abs() : goal.value().abs();
        boolean close = gap.negate().compareTo(scale.multiply(AT_RISK_TOLERANCE)) <= 0;
        return new Assessment(close ? Status.AT_RISK : Status.OFF_TRACK, path, gap,
                (close ? "Thấp hơn đường tiến độ không quá 5 %" : "Thấp hơn đường tiến độ quá 5 %")
                        + (plan.direction() == Direction.LOWER || lowerIsBetter(plan, cmp) ? " (chỉ tiêu càng thấp càng tốt)." : "."));
    }

    /**
     * The status of a cumulative indicator ({@link IndicatorPlan#cumulative()}) from its running total up to the end of
     * {@code year}: met when the total reaches the overall target; else compared, like a yearly value with its path,
     * with the planned total up to that year (the sum of the yearly targets from the period's start when every year
     * has one, else the overall target pro rata over the period).
     */
    public static Assessment assessTotal(IndicatorPlan plan, int year, BigDecimal total) {
        IndicatorPlan.Goal goal = plan.overallGoal();
        int from = plan.cumulativeFrom();
        String period = from + "–" + goal.year();
        if (satisfies(plan, goal.comparator(), total, goal.value())) {
            return new Assessment(Status.MET, goal.value(), gap(plan, goal.comparator(), total, goal.value()),
                    "Lũy kế đã đạt chỉ tiêu giai đoạn " + period + ".");
        }
        BigDecimal planned = plannedTotal(plan, from, Math.min(year, goal.year()));
        BigDecimal gap = gap(plan, goal.comparator(), total, planned);
        if (satisfies(plan, goal.comparator(), total, planned)) {
            return new Assessment(Status.ON_TRACK, planned, gap, "Lũy kế bằng hoặc vượt kế hoạch lũy kế đến năm " + year + ".");
        }
        BigDecimal scale = planned.signum() != 0 ? planned.abs() : goal.value().abs();
        boolean close = gap.negate().compareTo(scale.multiply(AT_RISK_TOLERANCE)) <= 0;
        return new Assessment(close ? Status.AT_RISK : Status.OFF_TRACK, planned, gap,
                (close ? "Lũy kế thấp hơn kế hoạch lũy kế không quá 5 %" : "Lũy kế thấp hơn kế hoạch lũy kế quá 5 %")
                        + " (chỉ tiêu giai đoạn " + period + ").");
    }

    /** The planned total from {@code from} to {@code year}: the yearly targets' sum, else the overall target pro rata. */
    static BigDecimal plannedTotal(IndicatorPlan plan, int from, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = from; y <= year; y++) {
            IndicatorPlan.Goal g = plan.numericTarget(y);
            if (g == null) {
                int years = plan.overall().toYear() - from + 1;
                return plan.overall().value().multiply(BigDecimal.valueOf(Math.max(0, year - from + 1)))
                        .divide(BigDecimal.valueOf(years), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            }
            sum = sum.add(g.value());
        }
        return sum;
    }

    /**
     * The goal for a period: the first milestone target (2030, 2035, 2045) not before the period's year,
     * else the latest numeric target.
     */
    public static IndicatorPlan.Goal goal(IndicatorPlan plan, int year) {
        for (Map.Entry<Integer, IndicatorPlan.Goal> e : plan.targets().tailMap(year, true).entrySet()) {
            if (Period.year(e.getKey()).isMilestone() && e.getValue().numeric()) {
                return e.getValue();
            }
        }
        return plan.targets().descendingMap().values().stream().filter(IndicatorPlan.Goal::numeric).findFirst().orElse(null);
    }

    /**
     * The straight-line path at time {@code t} (a year number; 2026.0 = end of 2026): linear through the
     * baseline and the numeric targets; flat after the last one; null before the first point.
     */
    public static BigDecimal pathValue(IndicatorPlan plan, double t) {
        java.util.TreeMap<Integer, BigDecimal> knots = new java.util.TreeMap<>();
        if (plan.hasBaseline()) {
            knots.put(plan.baselineYear(), plan.baselineValue());
        }
        plan.targets().values().stream().filter(IndicatorPlan.Goal::numeric).forEach(g -> knots.putIfAbsent(g.year(), g.value()));
        if (knots.isEmpty() || t < knots.firstKey()) {
            return null;
        }
        Map.Entry<Integer, BigDecimal> lo = knots.floorEntry((int) Math.floor(t));
        Map.Entry<Integer, BigDecimal> hi = knots.ceilingEntry((int) Math.ceil(t));
        if (hi == null || lo.getKey().equals(hi.getKey())) {
            return lo.getValue();
        }
        BigDecimal fraction = BigDecimal.valueOf((t - lo.getKey()) / (hi.getKey() - lo.getKey()));
        return lo.getValue().add(hi.getValue().subtract(lo.getValue()).multiply(fraction, MC), MC).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The end of a period as a year number: 2026 → 2026.0, 2026Q1 → 2025.25, 2026S1 → 2025.5, 2026N9 → 2025.75. */
    static double timeOf(Period p) {
        return switch (p.type()) {
            case YEAR -> p.year();
            case HALF_YEAR -> p.year() - 1 + p.number() / 2.0;
            case QUARTER -> p.year() - 1 + p.number() / 4.0;
            case NINE_MONTHS -> p.year() - 0.25;
        };
    }

    /** True when the comparator or the indicator's direction says that less is better. */
    static boolean lowerIsBetter(IndicatorPlan plan, Comparator cmp) {
        return cmp == Comparator.LE || cmp == Comparator.LT || cmp == Comparator.EQ && plan.direction() == Direction.LOWER;
    }

    /** "=" on a number is read as "reach": at least for higher-is-better, at most for lower-is-better. */
    static boolean satisfies(IndicatorPlan plan, Comparator cmp, BigDecimal actual, BigDecimal target) {
        Comparator effective = cmp != Comparator.EQ ? cmp : plan.direction() == Direction.LOWER ? Comparator.LE : Comparator.GE;
        return effective.satisfied(actual, target);
    }

    static BigDecimal gap(IndicatorPlan plan, Comparator cmp, BigDecimal actual, BigDecimal reference) {
        BigDecimal d = actual.subtract(reference);
        return lowerIsBetter(plan, cmp) ? d.negate() : d;
    }

    private static Assessment qualitative(IndicatorPlan plan, Period period, BigDecimal actual, String text) {
        Integer deadline = plan.targets().ceilingKey(period.year());
        Boolean met = meaning(actual, text);
        if (Boolean.TRUE.equals(met)) {
            return Assessment.of(Status.MET, "Đơn vị báo cáo đã đạt.");
        }
        if (deadline == null || period.year() >= deadline) {
            return Assessment.of(Status.OFF_TRACK, deadline == null ? "Chưa đạt." : "Chưa đạt khi đã đến hạn năm " + deadline + ".");
        }
        if (period.year() == deadline - 1) {
            return Assessment.of(Status.AT_RISK, "Chưa đạt, còn một năm đến hạn " + deadline + ".");
        }
        return Assessment.of(Status.ON_TRACK, "Đang thực hiện, hạn năm " + deadline + ".");
    }

    /** Đạt / Hoàn thành / Có / 1 → true; Chưa đạt / Không / 0 → false; anything else → null (đang thực hiện). */
    static Boolean meaning(BigDecimal actual, String text) {
        if (text != null && !text.isBlank()) {
            String t = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
            if (t.startsWith("chưa") || t.startsWith("không")) {
                return false;
            }
            if (t.equals("đạt") || t.startsWith("đạt ") || t.startsWith("hoàn thành") || t.equals("có")) {
                return true;
            }
            return null;
        }
        return actual == null ? null : actual.signum() > 0;
    }
}
