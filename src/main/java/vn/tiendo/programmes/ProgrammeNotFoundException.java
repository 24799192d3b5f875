package vn.tiendo.programmes;

/** No stored programme has the given id or number; the message is Vietnamese and names what was asked for. */
public class ProgrammeNotFoundException extends RuntimeException {

    public ProgrammeNotFoundException(String message) {
        super(message);
    }
}
