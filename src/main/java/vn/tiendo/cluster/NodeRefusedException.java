package vn.tiendo.cluster;

/** This node refuses to start or to serve; the message says why in Vietnamese, for the operator. */
public class NodeRefusedException extends RuntimeException {

    public NodeRefusedException(String message) {
        super(message);
    }
}
