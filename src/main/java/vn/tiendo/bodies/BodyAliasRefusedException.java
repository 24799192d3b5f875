package vn.tiendo.bodies;

/** An alias change refused, with the reason in Vietnamese. */
public class BodyAliasRefusedException extends RuntimeException {

    public BodyAliasRefusedException(String message) {
        super(message);
    }
}
