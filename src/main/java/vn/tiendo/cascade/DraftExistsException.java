package vn.tiendo.cascade;

/** Deriving again for a commune that already has a plan derived from the programme: open that one instead. */
public class DraftExistsException extends CascadeRefusedException {

    private final long existingId;

    public DraftExistsException(String message, long existingId) {
        super(message);
        this.existingId = existingId;
    }

    /** The plan already derived for the commune (draft or issued). */
    public long existingId() {
        return existingId;
    }
}
