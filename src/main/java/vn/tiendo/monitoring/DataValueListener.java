package vn.tiendo.monitoring;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.DataValuesChangedInBulk;

/**
 * Keeps the roll-up current: when actual values change, the aggregates of the units' ancestors are
 * updated in the same transaction, just before it commits (or at once when no transaction is open);
 * after a change of many values at once, everything is recomputed once.
 *
 * <p>The changes of one transaction are collected as they are published and rolled up together by the
 * first of their before-commit deliveries ({@link RollUp#onChanges}): each ancestor is recombined once, and
 * the locks are taken in one order. They are kept per database transaction (keyed by its connection holder),
 * so a nested {@code REQUIRES_NEW} transaction rolls up only its own.
 */
@Component
class DataValueListener {

    private final RollUp rollUp;
    private final DataSource dataSource;

    DataValueListener(RollUp rollUp, DataSource dataSource) {
        this.rollUp = rollUp;
        this.dataSource = dataSource;
    }

    /** The changes of one transaction not yet rolled up; unbound when the transaction ends. */
    private static final class Pending {
        final List<RollUp.Change> changes = new ArrayList<>();
    }

    @EventListener
    void collect(DataValueChanged event) {
        Object transaction = currentTransaction();
        if (transaction == null) {
            return;
        }
        Pending pending = pending(transaction);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(key(transaction), pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key(transaction));
                }
            });
        }
        pending.changes.add(new RollUp.Change(event.indicatorId(), event.orgUnitId(), event.period()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onDataValueChanged(DataValueChanged event) {
        Object transaction = currentTransaction();
        Pending pending = transaction == null ? null : pending(transaction);
        if (pending == null) { // no transaction (or none with a connection): this change alone, at once
            rollUp.onChange(event.indicatorId(), event.orgUnitId(), event.period());
            return;
        }
        if (!pending.changes.isEmpty()) {
            List<RollUp.Change> all = List.copyOf(pending.changes);
            pending.changes.clear();
            rollUp.onChanges(all);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onDataValuesChangedInBulk(DataValuesChangedInBulk event) {
        rollUp.recomputeAll();
    }

    /** The current database transaction's connection holder, or null outside a transaction. */
    private Object currentTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? TransactionSynchronizationManager.getResource(dataSource) : null;
    }

    private static Pending pending(Object transaction) {
        return (Pending) TransactionSynchronizationManager.getResource(key(transaction));
    }

    private static Key key(Object transaction) {
        return new Key(transaction);
    }

    /** The resource key of a transaction's pending changes (identity of its connection holder). */
    private record Key(Object transaction) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.transaction == transaction;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(transaction);
        }
    }
}
