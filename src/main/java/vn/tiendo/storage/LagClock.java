package vn.tiendo.storage;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far behind the replica is in time, from the primary's WAL positions sampled at each poll: the lag is the age of
 * the oldest sample the replica has not replayed yet (0 when it has replayed the newest). Accurate to one poll period,
 * independent of commit timestamps (an idle primary is not "behind"). Not thread-safe: one monitor thread uses it.
 */
final class LagClock {

    /** At 5 polls a second: more than five hours of samples; older ones are dropped (the lag is then under-read). */
    static final int MAX_SAMPLES = 100_000;

    private record Sample(long atNanos, long position) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    /** The primary was at this position at this time (monotonic nanos); positions that did not grow are ignored. */
    void primaryAt(long atNanos, long position) {
        Sample last = samples.peekLast();
        if (last == null || position > last.position()) {
            samples.addLast(new Sample(atNanos, position));
        }
        if (samples.size() > MAX_SAMPLES) {
            samples.removeFirst();
        }
    }

    /** Seconds the replica at {@code replayed} is behind at {@code nowNanos}: age of the oldest unreplayed sample. */
    double lagSeconds(long nowNanos, long replayed) {
        while (samples.size() > 1 && samples.peekFirst().position() <= replayed) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        return first == null || first.position() <= replayed ? 0 : Math.max(0, (nowNanos - first.atNanos()) / 1e9);
    }

    /** Bytes the replica at {@code replayed} is behind the newest primary sample. */
    long lagBytes(long replayed) {
        Sample last = samples.peekLast();
        return last == null ? 0 : Math.max(0, last.position() - replayed);
    }
}
