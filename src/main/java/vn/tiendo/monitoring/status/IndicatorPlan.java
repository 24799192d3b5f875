package vn.tiendo.monitoring.status;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ValueType;

/**
 * What an indicator should reach (kế hoạch chỉ tiêu): value type, direction, the baseline and the
 * yearly / milestone targets of the unit that owns the programme.
 *
 * @param baselineYear  null when the programme gives no baseline (năm gốc)
 * @param targets       by year; a target without a number is qualitative (định tính)
 * @param measure       per year, or cumulative over the overall target's period
 * @param overall       the overall target as written (chỉ tiêu chung), null when the programme gives none
 */
public record IndicatorPlan(ValueType valueType, Direction direction, Integer baselineYear, BigDecimal baselineValue,
                            NavigableMap<Integer, Goal> targets, Measure measure, OverallTarget overall) {

    /** One target (mục tiêu) of a year. */
    public record Goal(int year, Comparator comparator, BigDecimal value, String text) {
        public boolean numeric() {
            return value != null;
        }
    }

    public IndicatorPlan {
        targets = Collections.unmodifiableNavigableMap(new TreeMap<>(targets == null ? new TreeMap<>() : targets));
        direction = direction == null ? Direction.HIGHER : direction;
        measure = measure == null ? Measure.YEARLY : measure;
    }

    /** A plan measured per year, without an overall target. */
    public IndicatorPlan(ValueType valueType, Direction direction, Integer baselineYear, BigDecimal baselineValue,
                         NavigableMap<Integer, Goal> targets) {
        this(valueType, direction, baselineYear, baselineValue, targets, Measure.YEARLY, null);
    }

    /**
     * True when the yearly values add up to a total over a period with a numeric overall target ("đào tạo 23.500
     * người giai đoạn 2026–2030", 4.700 a year): status and forecast then judge the running total.
     */
    public boolean cumulative() {
        return measure == Measure.CUMULATIVE && overall != null && overall.value() != null && overall.toYear() != null;
    }

    /** The first year the running total counts: the overall target's start, else the first yearly target's year. */
    public int cumulativeFrom() {
        if (overall.fromYear() != null) {
            return overall.fromYear();
        }
        return targets.isEmpty() ? overall.toYear() : Math.min(targets.firstKey(), overall.toYear());
    }

    /** The overall target as a goal of its end year (comparator "≥" when the document writes none). */
    public Goal overallGoal() {
        Comparator c = overall.comparator() == null ? Comparator.GE : overall.comparator();
        return new Goal(overall.toYear(), c, overall.value(), overall.text());
    }

    public boolean qualitative() {
        return valueType == ValueType.YES_NO || valueType == ValueType.TEXT
                || targets.values().stream().noneMatch(Goal::numeric) && baselineValue == null;
    }

    public boolean hasBaseline() {
        return baselineYear != null && baselineValue != null;
    }

    /** Target for exactly this year, if the programme gives a number for it. */
    public Goal numericTarget(int year) {
        Goal g = targets.get(year);
        return g != null && g.numeric() ? g : null;
    }
}
