package vn.tiendo.monitoring;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.DataValuesChangedInBulk;

/**
 * Keeps the roll-up current: when an actual value changes, the aggregates of the unit's ancestors are
 * updated in the same transaction, just before it commits (or at once when no transaction is open);
 * after a change of many values at once, everything is recomputed once.
 */
@Component
class DataValueListener {

    private final RollUp rollUp;

    DataValueListener(RollUp rollUp) {
        this.rollUp = rollUp;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onDataValueChanged(DataValueChanged event) {
        rollUp.onChange(event.indicatorId(), event.orgUnitId(), event.period());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onDataValuesChangedInBulk(DataValuesChangedInBulk event) {
        rollUp.recomputeAll();
    }
}
