package vn.tiendo.monitoring;

import java.math.BigDecimal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.programme.DataValueChanged;

/** Writes actual values the way data entry does: a row in data_value and DataValueChanged, in one transaction. */
@Component
public class TestValues {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    public TestValues(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    public void put(long indicatorId, long unitId, String period, BigDecimal value, String text) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, created_by, updated_by)
                    VALUES (?, ?, ?, ?, ?, 'test', 'test')
                    ON CONFLICT (indicator_id, org_unit_id, period) DO UPDATE SET value = EXCLUDED.value,
                        text_value = EXCLUDED.text_value, version = data_value.version + 1""")
                    .param(indicatorId).param(unitId).param(period).param(value).param(text).update();
            events.publishEvent(new DataValueChanged(indicatorId, unitId, period));
        });
    }

    public void put(long indicatorId, long unitId, String period, String value) {
        put(indicatorId, unitId, period, new BigDecimal(value), null);
    }

    public void delete(long indicatorId, long unitId, String period) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM data_value WHERE indicator_id = ? AND org_unit_id = ? AND period = ?")
                    .param(indicatorId).param(unitId).param(period).update();
            events.publishEvent(new DataValueChanged(indicatorId, unitId, period));
        });
    }
}
