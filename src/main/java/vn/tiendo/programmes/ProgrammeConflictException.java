package vn.tiendo.programmes;

/** A programme cannot be saved as asked (duplicate number, unknown unit, ambiguous number); the message is Vietnamese. */
public class ProgrammeConflictException extends RuntimeException {

    public ProgrammeConflictException(String message) {
        super(message);
    }
}
