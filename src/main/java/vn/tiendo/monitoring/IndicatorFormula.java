package vn.tiendo.monitoring;

import java.math.BigDecimal;
import vn.tiendo.programme.OrgUnit;

/**
 * A formula definition (công thức chỉ tiêu) as stored in {@code indicator_formula}.
 *
 * @param conditionText  a reporting unit meets the condition when its text value equals this ("Đạt")
 * @param conditionMin   … or when its number is at least this
 * @param reportingLevel the level whose units report the indicator and are counted by CHILD_SHARE / CHILD_COUNT;
 *                       stored as the indicator's {@code reported_at} (null when defining: unchanged)
 */
public record IndicatorFormula(long indicatorId, FormulaKind kind, Long numeratorId, Long denominatorId,
                               String conditionText, BigDecimal conditionMin, OrgUnit.Level reportingLevel) {

    public static IndicatorFormula ratio(long indicatorId, long numeratorId, long denominatorId) {
        return new IndicatorFormula(indicatorId, FormulaKind.RATIO, numeratorId, denominatorId, null, null, null);
    }

    public static IndicatorFormula of(long indicatorId, FormulaKind kind) {
        return new IndicatorFormula(indicatorId, kind, null, null, null, null, null);
    }

    public static IndicatorFormula share(long indicatorId, String conditionText, OrgUnit.Level reportingLevel) {
        return new IndicatorFormula(indicatorId, FormulaKind.CHILD_SHARE, null, null, conditionText, null, reportingLevel);
    }
}
