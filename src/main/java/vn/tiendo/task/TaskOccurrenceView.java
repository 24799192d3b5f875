package vn.tiendo.task;

import java.util.List;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.TimeframeKind;

/**
 * One occurrence of a task as the command line prints it with {@code --json}:
 * {@code {"code", "title", "lead", "unit", "kind", "period", "due", "status", "body"}}.
 *
 * @param code   task code within the programme
 * @param title  task title
 * @param lead   lead body names as written
 * @param unit   code of the responsible unit, null when not resolved
 * @param kind   deadline|range|recurring|ongoing|conditional; null when the time frame was not understood
 * @param period label of the occurrence's period, e.g. "Năm 2026"
 * @param due    due date as ISO text (2026-09-30), null when none
 * @param status overdue|due-soon|not-due|done-on-time|done-late|ongoing|waiting
 * @param body   name of the responsible body (cơ quan chủ trì), null when the responsible unit is not a body;
 *               {@code unit} is then the code of the province or commune the body belongs to
 */
public record TaskOccurrenceView(String code, String title, List<String> lead, String unit, TimeframeKind kind,
                                 String period, String due, DueState status, String body) {

    public TaskOccurrenceView {
        lead = lead == null ? List.of() : List.copyOf(lead);
    }

    /** A view without a responsible body. */
    public TaskOccurrenceView(String code, String title, List<String> lead, String unit, TimeframeKind kind,
                              String period, String due, DueState status) {
        this(code, title, lead, unit, kind, period, due, status, null);
    }

    public static TaskOccurrenceView of(Task task, String unit, Occurrence occurrence, DueState status) {
        return of(task, unit, null, occurrence, status);
    }

    public static TaskOccurrenceView of(Task task, String unit, String body, Occurrence occurrence, DueState status) {
        return new TaskOccurrenceView(task.code(), task.title(), task.lead(), unit, occurrence.kind(),
                occurrence.period(), occurrence.due() == null ? null : occurrence.due().toString(), status, body);
    }
}
