package vn.tiendo.monitoring;

import vn.tiendo.monitoring.status.IndicatorPlan;

/**
 * An indicator of a programme as the dashboards need it (chỉ tiêu): identity, the owning unit's plan
 * (baseline and targets) and its formula.
 *
 * @param depth   0 for a top-level indicator, 1 for a sub-indicator
 * @param section the programme's own section the indicator is listed under ("I. Đến năm 2030"), null when none
 */
public record IndicatorRow(long id, Long parentId, int depth, String code, String name, String unit, String baselineText,
                           IndicatorPlan plan, FormulaKind formula, String section) {

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("^([IVXL]{1,5})\\.");

    /** The section as the document numbers it: "I. Đến năm 2030" (the Roman numeral taken from the code "I.1"); null without a section. */
    public String sectionLabel() {
        if (section == null || section.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = ROMAN.matcher(code == null ? "" : code);
        return m.find() && !section.startsWith(m.group(1) + ".") ? m.group(1) + ". " + section : section;
    }
}
