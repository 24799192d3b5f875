package vn.tiendo.monitoring;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Phiên bản số liệu: a counter that moves whenever an actual value or an aggregate may have changed
 * ({@link RollUp#onChange}, which every {@code DataValueChanged} triggers, and {@link RollUp#recomputeAll},
 * which demo data generation and deletion end with). Cached dashboard answers are keyed by it.
 *
 * <p>It moves at the change and once more when the changing transaction ends: an answer computed from
 * the old values while the change was still uncommitted is stored under a version nobody asks for again.
 */
@Component
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    /** Read before reading the values an answer is computed from. */
    public long current() {
        return version.get();
    }

    /** Values changed (or are changing in the current transaction). */
    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
