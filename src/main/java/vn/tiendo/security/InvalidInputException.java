package vn.tiendo.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input refused, with a Vietnamese message naming the field (trường) at fault; nothing was saved. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The Vietnamese field label ("Họ và tên"). */
    public String field() {
        return field;
    }
}
