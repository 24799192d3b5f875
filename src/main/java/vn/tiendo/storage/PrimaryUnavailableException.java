package vn.tiendo.storage;

import java.sql.SQLTransientConnectionException;

/**
 * Thrown at once, instead of waiting for the pool's connection timeout, when the primary database's monitor found it
 * unreachable: writes fail fast (HTTP 503) while reads go on from the replica.
 */
public class PrimaryUnavailableException extends SQLTransientConnectionException {

    public PrimaryUnavailableException(String reason) {
        super("Máy chủ cơ sở dữ liệu chính không trả lời (" + reason + ")", "08001");
    }
}
