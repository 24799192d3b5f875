package vn.tiendo.monitoring;

import vn.tiendo.monitoring.status.IndicatorPlan;

/**
 * An indicator of a programme as the dashboards need it (chỉ tiêu): identity, the owning unit's plan
 * (baseline and targets) and its formula.
 *
 * @param depth 0 for a top-level indicator, 1 for a sub-indicator
 */
public record IndicatorRow(long id, Long parentId, int depth, String code, String name, String unit, String baselineText,
                           IndicatorPlan plan, FormulaKind formula) {
}
