package vn.tiendo.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tiendo.cluster.ClusterChanges;
import vn.tiendo.storage.ReadRouting;

/**
 * Phiên bản số liệu: a counter that moves whenever an actual value or an aggregate may have changed
 * ({@link RollUp#onChange}, which every {@code DataValueChanged} triggers, and {@link RollUp#recomputeAll},
 * which demo data generation and deletion end with). Cached dashboard answers are keyed by it.
 *
 * <p>It moves at the change and once more when the changing transaction ends: an answer computed from
 * the old values while the change was still uncommitted is stored under a version nobody asks for again.
 *
 * <p>Across nodes ({@link ClusterChanges}): a change tells the other nodes as its transaction commits, and their
 * versions move when they hear it; while a node cannot hear them, every read moves the version (no answer is reused).
 * With a replica, the primary's WAL position after the commit (here or on another node) is noted first
 * ({@link ReadRouting#noteChange}): an answer read from a replica that has not replayed the change is not served from the cache.
 */
@Component
public class DataVersion {

    /** Counts invalidations of in-memory caches (Prometheus {@code tiendo_cache_invalidations_total}, tag {@code cache}). */
    public static final String INVALIDATIONS = "tiendo.cache.invalidations";

    private final AtomicLong version = new AtomicLong();
    private final Counter invalidations;
    private final ClusterChanges cluster;

    private final ReadRouting routing;

    public DataVersion(MeterRegistry meters, ClusterChanges cluster, ReadRouting routing) {
        this.routing = routing;
        this.invalidations = Counter.builder(INVALIDATIONS).tag("cache", "dashboard").tag("source", "local")
                .description("Changes of the data version: every cached dashboard answer becomes unreachable").register(meters);
        this.cluster = cluster;
        cluster.onChange("dashboard", () -> {
            routing.noteChange();
            version.incrementAndGet();
        });
    }

    /** Read before reading the values an answer is computed from. */
    public long current() {
        return cluster.listening() ? version.get() : version.incrementAndGet();
    }

    /** Values changed (or are changing in the current transaction). */
    public void changed() {
        version.incrementAndGet();
        invalidations.increment();
        cluster.publish("dashboard");
        afterChange(routing, version::incrementAndGet);
    }

    /**
     * A cache was just forgotten for a change in the current transaction: when that transaction ends, note a committed
     * change with the read routing (answers read from the replica before it are stale) and run {@code forgetAgain}, so
     * that whatever was read meanwhile from the old, still committed data is never served after the commit. Without a
     * transaction the change is already committed: it is only noted.
     */
    static void afterChange(ReadRouting routing, Runnable forgetAgain) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        routing.noteChange();
                    }
                    forgetAgain.run();
                }
            });
        } else {
            routing.noteChange();
        }
    }
}
