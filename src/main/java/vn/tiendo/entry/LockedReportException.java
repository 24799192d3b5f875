package vn.tiendo.entry;

import java.util.List;

/** A write to an approved, locked report (409); nothing of the batch was stored. */
public class LockedReportException extends RuntimeException {

    private final List<String> refusals;

    public LockedReportException(List<String> refusals) {
        super(String.join(" ", refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<String> refusals() {
        return refusals;
    }
}
