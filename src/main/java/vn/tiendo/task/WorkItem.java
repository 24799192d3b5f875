package vn.tiendo.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One occurrence of a task as the work lists and dashboards show it (việc cần làm): where it belongs, its
 * latest progress report, and where it stands on the day asked ({@link DueRules}, never typed).
 *
 * @param lead      lead body names as written in the document
 * @param leadBody  the body answerable for it: the responsible unit when it is a body, else the first lead name
 * @param commune   the commune the responsible unit is or belongs to, null above communes
 * @param report    the latest report on it, null when none was made
 */
public record WorkItem(long occurrenceId, long programmeId, String programmeNumber, long taskId, String taskCode,
                       String taskTitle, List<String> lead, String leadBody, long unitId, String unitCode, String unitName,
                       Place commune, Long responsibleUserId, Occurrence occurrence, Reported report, DueState state,
                       TaskStatus status) {

    public WorkItem {
        lead = lead == null ? List.of() : List.copyOf(lead);
    }

    /** The responsible unit as an officer reads it: a body with its commune ("Đảng ủy xã – Xã Bình Lư"). */
    public String unitLabel() {
        return commune == null || commune.name() == null || commune.name().equals(unitName) ? unitName
                : unitName + " – " + commune.name();
    }

    /** A unit by code and full name. */
    public record Place(String code, String name) {
    }

    /**
     * A stored progress report (task_report row).
     *
     * @param status      NOT_STARTED, IN_PROGRESS, DONE or LATE (as stored)
     * @param completedOn day the work was completed, when reported done
     */
    public record Reported(long id, String period, String status, Integer percent, LocalDate completedOn, String note,
                           int version, String reportedBy, Instant reportedAt) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    /**
     * The version of the report stored for exactly this occurrence (its key as period), the one a new save must
     * name; null when none (a report of another period may still count for a single occurrence).
     */
    public Integer reportVersion() {
        return report != null && occurrence.key().equals(report.period()) ? report.version() : null;
    }

    public boolean overdue() {
        return state == DueState.OVERDUE;
    }

    public boolean done() {
        return state.done();
    }

    /** Due date as dd/MM/yyyy, or a dash. */
    public String dueText() {
        LocalDate d = occurrence.due();
        return d == null ? "—" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
