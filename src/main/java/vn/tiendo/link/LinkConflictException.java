package vn.tiendo.link;

/** Someone else changed the links first (optimistic locking); nothing of the request was stored. */
public class LinkConflictException extends RuntimeException {

    public LinkConflictException(String message) {
        super(message);
    }
}
