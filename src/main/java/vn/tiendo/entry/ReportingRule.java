package vn.tiendo.entry;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tiendo.programme.OrgUnit;

/**
 * Decides which units report an indicator (đơn vị báo cáo chỉ tiêu). The one rule: data entry refuses
 * values of other units, the demo generates values for exactly these units, and the roll-up counts the
 * units of the same level (it reads the level from {@code effective_formula.reporting_level}, which is
 * the indicator's stored {@code reported_at}, else communes).
 */
public interface ReportingRule {

    /** Empty when {@code unit} reports {@code indicator}; else the Vietnamese reason it does not. */
    Optional<String> refusal(EntryIndicator indicator, OrgUnit unit);

    /** The level whose units report the indicator. */
    OrgUnit.Level level(EntryIndicator indicator);

    /** Every unit that reports the indicator (those {@link #refusal} accepts), by code. */
    List<OrgUnit> reportingUnits(EntryIndicator indicator);

    /** {@link #refusal} for one indicator and many units (a batch): what can be worked out once is. */
    default Function<OrgUnit, Optional<String>> forIndicator(EntryIndicator indicator) {
        return unit -> refusal(indicator, unit);
    }
}
