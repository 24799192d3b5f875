package vn.tiendo.backup;

/** A backup or restore that cannot go on; the message is a Vietnamese sentence for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
