package vn.tiendo.storage;

/** A programme cannot be saved as asked (duplicate number, unknown unit); the message is Vietnamese. */
public class ProgrammeConflictException extends RuntimeException {

    public ProgrammeConflictException(String message) {
        super(message);
    }
}
