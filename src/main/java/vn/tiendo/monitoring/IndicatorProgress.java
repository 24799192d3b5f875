package vn.tiendo.monitoring;

import java.math.BigDecimal;
import java.util.SortedMap;
import vn.tiendo.monitoring.status.Assessment;
import vn.tiendo.monitoring.status.Forecast;
import vn.tiendo.monitoring.status.IndicatorPlan;

/**
 * Where one indicator stands for one unit (tiến độ chỉ tiêu): the latest actual value up to the chosen
 * year, its status, the yearly actuals for the trend and the 2030 forecast.
 *
 * @param latest null when nothing is reported yet
 * @param yearly actual value by year (2025 … chosen year)
 */
public record IndicatorProgress(IndicatorRow indicator, Actual latest, Assessment assessment,
                                SortedMap<Integer, BigDecimal> yearly, Forecast forecast) {

    public IndicatorPlan.Goal target(int year) {
        return indicator.plan().targets().get(year);
    }
}
