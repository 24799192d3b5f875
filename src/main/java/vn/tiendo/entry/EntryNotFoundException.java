package vn.tiendo.entry;

/** A programme, unit, indicator or value named in a request does not exist (404); Vietnamese message. */
public class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException(String message) {
        super(message);
    }
}
