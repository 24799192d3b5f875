package vn.tiendo.task;

import java.time.LocalDate;
import vn.tiendo.programme.TimeframeKind;

/**
 * One time a task falls due for its responsible unit (lần thực hiện): a deadline task has one, a
 * yearly task one per year, an ongoing task one per reporting year.
 *
 * @param key     stable key within the task, so re-planning keeps reports: "once" for a single
 *                occurrence, otherwise the period code ("2026", "2026Q1", "202601")
 * @param kind    kind of the task's time frame; null when the time frame was not understood
 * @param period  Vietnamese label of the period, e.g. "Năm 2026", "Quý I/2026", "Quý III năm 2026"
 * @param start   first day, when known
 * @param due     due date (hạn hoàn thành); null for ongoing, waiting and unclear occurrences
 * @param trigger the triggering document of a conditional task, null until recorded
 * @param unclear true when the time frame could not be understood (no due date can be set)
 */
public record Occurrence(String key, TimeframeKind kind, String period, LocalDate start, LocalDate due,
                         Trigger trigger, boolean unclear) {

    public Occurrence {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Lần thực hiện thiếu khóa kỳ");
        }
        if (start != null && due != null && due.isBefore(start)) {
            throw new IllegalArgumentException("Lần thực hiện " + period + ": hạn " + due + " trước ngày bắt đầu " + start);
        }
    }

    /** Ongoing (thường xuyên): reported each period, never done, never overdue. */
    public boolean ongoing() {
        return kind == TimeframeKind.ONGOING;
    }

    /** Conditional and its triggering document not yet recorded (chờ văn bản). */
    public boolean waiting() {
        return kind == TimeframeKind.CONDITIONAL && trigger == null;
    }
}
