package vn.tiendo.programme;

import java.time.LocalDate;

/**
 * A task's time frame (thời gian thực hiện): the text as written and its normalised form.
 *
 * @param text       the cell exactly as written, e.g. "Quý IV năm 2025"
 * @param kind       normalised kind, null when the text could not be understood
 * @param start      first day, when the text states one
 * @param end        last day (a quarter ends on its last day), when the text states one
 * @param recurrence "yearly", "quarterly", "monthly" or null
 */
public record Timeframe(String text, TimeframeKind kind, LocalDate start, LocalDate end, String recurrence) {
}
