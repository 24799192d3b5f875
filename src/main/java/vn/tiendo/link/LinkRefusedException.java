package vn.tiendo.link;

/** A link request that cannot be done as asked (no parent relation, unknown item); the message is Vietnamese. */
public class LinkRefusedException extends RuntimeException {

    public LinkRefusedException(String message) {
        super(message);
    }
}
