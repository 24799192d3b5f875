package vn.tiendo.monitoring;

import java.math.BigDecimal;

/**
 * An actual value of a unit for a period (số liệu thực hiện): reported directly by the unit, or the
 * roll-up of the units below it.
 *
 * @param aggregated true when computed from the units below (số liệu tổng hợp)
 * @param met        for shares: units meeting the condition (8 of "8/38"), else null
 * @param of         for shares: units counted (38 of "8/38"), else null
 * @param demo       true when it is or includes dữ liệu minh họa
 */
public record Actual(String period, BigDecimal value, String text, boolean aggregated, Integer met, Integer of, boolean demo) {
}
