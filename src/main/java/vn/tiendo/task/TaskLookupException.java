package vn.tiendo.task;

/** A programme or unit asked for by the user does not exist; the message is Vietnamese and names it. */
public class TaskLookupException extends RuntimeException {

    public TaskLookupException(String message) {
        super(message);
    }
}
