package vn.tiendo.task;

import java.time.LocalDate;
import java.util.List;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;

/**
 * What is known about a task, as the "6 rõ" check needs it.
 *
 * @param title             action title (tên nhiệm vụ)
 * @param timeframe         normalised time frame, null when none
 * @param lead              lead body names as written (cơ quan chủ trì)
 * @param leadInferred      true when the lead was continued from a blank or merged cell and not yet confirmed
 * @param leadResolved      true when the lead name resolved to a known body (org unit)
 * @param responsiblePerson named responsible person inside the lead body, null when none assigned
 * @param approver          who approves or receives the result (cấp có thẩm quyền), null when unknown
 * @param deliverable       expected deliverable (sản phẩm), null when none
 * @param indicatorCode     code of a linked indicator, null when none
 * @param trigger           recorded triggering document of a conditional task, null when none
 * @param programmeDate     the programme's date of issue: a deadline before it cannot be met, null when unknown
 */
public record TaskFacts(String title, Timeframe timeframe, List<String> lead, boolean leadInferred,
                        boolean leadResolved, String responsiblePerson, String approver, String deliverable,
                        String indicatorCode, Trigger trigger, LocalDate programmeDate) {

    public TaskFacts {
        lead = lead == null ? List.of() : List.copyOf(lead);
    }

    /** Facts without the programme's date. */
    public TaskFacts(String title, Timeframe timeframe, List<String> lead, boolean leadInferred, boolean leadResolved,
                     String responsiblePerson, String approver, String deliverable, String indicatorCode, Trigger trigger) {
        this(title, timeframe, lead, leadInferred, leadResolved, responsiblePerson, approver, deliverable, indicatorCode,
                trigger, null);
    }

    /** Only what the document says: no body resolved, nobody assigned, no approver, deliverable or link. */
    public static TaskFacts of(Task task) {
        return new TaskFacts(task.title(), task.timeframe(), task.lead(), task.leadInferred(), false,
                null, null, null, null, null);
    }
}
