package vn.tiendo.dataapproval;

/** A transition the report's state (or the reports around it) does not allow (409), with a Vietnamese message. */
public class ReportConflictException extends RuntimeException {

    public ReportConflictException(String message) {
        super(message);
    }
}
