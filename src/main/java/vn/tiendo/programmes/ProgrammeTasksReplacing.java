package vn.tiendo.programmes;

/**
 * Published inside the replace transaction of a programme, after the confirmed losses are dropped and
 * before tasks that no longer exist are deleted: whatever is planned from the tasks (occurrences) and
 * holds no reported data is to be forgotten now, and planned again from the new time frames.
 *
 * @param programmeId the programme being replaced (its id does not change)
 */
public record ProgrammeTasksReplacing(long programmeId) {
}
