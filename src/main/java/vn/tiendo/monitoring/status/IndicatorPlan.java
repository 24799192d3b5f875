package vn.tiendo.monitoring.status;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.ValueType;

/**
 * What an indicator should reach (kế hoạch chỉ tiêu): value type, direction, the baseline and the
 * yearly / milestone targets of the unit that owns the programme.
 *
 * @param baselineYear  null when the programme gives no baseline (năm gốc)
 * @param targets       by year; a target without a number is qualitative (định tính)
 */
public record IndicatorPlan(ValueType valueType, Direction direction, Integer baselineYear, BigDecimal baselineValue,
                            NavigableMap<Integer, Goal> targets) {

    /** One target (mục tiêu) of a year. */
    public record Goal(int year, Comparator comparator, BigDecimal value, String text) {
        public boolean numeric() {
            return value != null;
        }
    }

    public IndicatorPlan {
        targets = Collections.unmodifiableNavigableMap(new TreeMap<>(targets == null ? new TreeMap<>() : targets));
        direction = direction == null ? Direction.HIGHER : direction;
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
