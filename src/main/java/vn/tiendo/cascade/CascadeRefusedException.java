package vn.tiendo.cascade;

/** A cascade request refused with a Vietnamese message naming the place; nothing of it was stored. */
public class CascadeRefusedException extends RuntimeException {

    public CascadeRefusedException(String message) {
        super(message);
    }
}
