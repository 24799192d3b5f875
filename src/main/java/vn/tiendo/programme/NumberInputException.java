package vn.tiendo.programme;

/** A text that cannot be read as a number; the message is Vietnamese and says how to write it. */
public class NumberInputException extends Exception {

    public NumberInputException(String message) {
        super(message);
    }
}
