package vn.tiendo.reportingschedule;

/** A schedule change or a period the schedule does not have, refused with a Vietnamese message (400); nothing was stored. */
public class ScheduleRefusedException extends IllegalArgumentException {

    public ScheduleRefusedException(String message) {
        super(message);
    }
}
