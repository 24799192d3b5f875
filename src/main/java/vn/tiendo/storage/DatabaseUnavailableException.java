package vn.tiendo.storage;

/** The database cannot be started or reached; the message is one clear Vietnamese sentence. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
