package vn.tiendo.programme;

import java.math.BigDecimal;

/**
 * An indicator's overall target as written (chỉ tiêu chung), beside its yearly targets: the "Chỉ tiêu" column of an
 * indicator table ("≥ 80" by 2030, "23.500" over 2026–2030) or the target inside the indicator's own text
 * ("chiếm 45% GRDP"). {@code text} is the cell exactly as written; {@code value}/{@code comparator} are what was read
 * from it (null when qualitative); {@code fromYear}..{@code toYear} the period it covers (fromYear null: by toYear).
 */
public record OverallTarget(String text, Comparator comparator, BigDecimal value, Integer fromYear, Integer toYear) {

    /** As shown to officers beside the yearly targets: "23.500 (2026–2030, lũy kế)", "≥ 80 (đến 2030)". */
    public String shown(Measure measure) {
        String period = fromYear != null && toYear != null ? fromYear + "–" + toYear : toYear != null ? "đến " + toYear : "";
        String kind = measure == Measure.CUMULATIVE ? "lũy kế" : "";
        String note = period.isEmpty() || kind.isEmpty() ? period + kind : period + ", " + kind;
        return note.isEmpty() ? text : text + " (" + note + ")";
    }
}
