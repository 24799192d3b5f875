package vn.tiendo.programme;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An actual value reported by a unit for an indicator and period (số liệu thực hiện).
 *
 * @param textValue qualitative value such as "Đạt" / "Chưa đạt"
 * @param demo      true for generated illustrative data (dữ liệu minh họa), never mixed with real data
 * @param version   optimistic-locking version, incremented on each change
 */
public record DataValue(long indicatorId, long orgUnitId, Period period, BigDecimal value, String textValue,
                        boolean demo, int version, String updatedBy, Instant updatedAt) {
}
