package vn.tiendo.storage;

/**
 * The current thread serves a read-only request (a GET): {@link ReplicaReads} clients may then read from the replica,
 * provided its replay position has reached {@link #requiredPosition()} (the primary's WAL position after the user's
 * last write, 0 for none). Opened by the web layer around each GET, closed in a finally block.
 */
public final class ReadScope implements AutoCloseable {

    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();

    private final long requiredPosition;
    private final ReadScope outer;

    private ReadScope(long requiredPosition, ReadScope outer) {
        this.requiredPosition = requiredPosition;
        this.outer = outer;
    }

    /** Opens a read scope on this thread; close it (try-with-resources). */
    public static ReadScope open(long requiredPosition) {
        ReadScope scope = new ReadScope(requiredPosition, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    public static boolean active() {
        return CURRENT.get() != null;
    }

    /** The WAL position a replica must have replayed for this request; 0 outside a scope or without earlier writes. */
    public static long requiredPosition() {
        ReadScope s = CURRENT.get();
        return s == null ? 0 : s.requiredPosition;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
