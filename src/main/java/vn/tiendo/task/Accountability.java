package vn.tiendo.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an officer fixed on a task's "6 rõ" (bảng task_accountability); version 0 when nothing was fixed yet.
 *
 * @param deliverable         rõ sản phẩm: the expected deliverable
 * @param approver            rõ thẩm quyền: who approves or receives the result
 * @param linkedIndicatorId   rõ sản phẩm: an indicator of the programme the task serves
 * @param linkedIndicatorCode that indicator's code
 * @param leadConfirmed       rõ trách nhiệm: the lead inferred from a blank or merged cell is confirmed
 * @param triggerNumber       rõ thời gian: number of the document that starts a conditional task
 * @param triggerDate         its date
 */
public record Accountability(long taskId, String deliverable, String approver, Long linkedIndicatorId,
                             String linkedIndicatorCode, boolean leadConfirmed, String triggerNumber,
                             LocalDate triggerDate, int version, String updatedBy, Instant updatedAt) {

    /** Nothing fixed yet. */
    public static Accountability none(long taskId) {
        return new Accountability(taskId, null, null, null, null, false, null, null, 0, null, null);
    }

    /** The recorded triggering document, null when none. */
    public Trigger trigger() {
        return triggerNumber == null || triggerDate == null ? null : new Trigger(triggerNumber, triggerDate);
    }
}
