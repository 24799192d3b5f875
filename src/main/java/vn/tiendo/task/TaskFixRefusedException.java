package vn.tiendo.task;

/** A "6 rõ" fix refused: bad input (HTTP 400) or, when {@link #conflict()}, saved meanwhile by someone else (409). */
public class TaskFixRefusedException extends RuntimeException {

    private final boolean conflict;

    public TaskFixRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }
}
