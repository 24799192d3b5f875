package vn.tiendo.dataapproval;

import java.util.List;

/** Input the workflow refuses (422): a missing reason or comment, or a submission with parts missing and no reason. */
public class ReportRefusedException extends RuntimeException {

    private final List<String> missing;

    public ReportRefusedException(String message) {
        this(message, List.of());
    }

    public ReportRefusedException(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    /** What the report still lacks (for a submission sent without a reason). */
    public List<String> missing() {
        return missing;
    }
}
