package vn.tiendo.entry;

/**
 * How much dữ liệu minh họa there is beside the real reports.
 *
 * @param demoValues  generated demo actual values
 * @param realValues  actual values reported by people or systems
 * @param demoReports generated demo task progress reports
 */
public record DemoValueCounts(int demoValues, int realValues, int demoReports) {
}
