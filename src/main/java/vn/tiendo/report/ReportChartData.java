package vn.tiendo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.OrgUnit;

/** The chart figures, taken from the same progress service the dashboard reads (no second computation). */
final class ReportChartData {

    static final int MAX_BARS = 8;

    private ReportChartData() {
    }

    static OfficialReport.Charts of(ProgressService progress, List<IndicatorProgress> rows, ReportContent.Target t) {
        int year = t.period().year();
        List<OfficialReport.Charts.Bar> bars = new ArrayList<>();
        String unit = null;
        for (IndicatorProgress p : rows) {
            BigDecimal target = p.target(year) == null ? null : p.target(year).value();
            BigDecimal actual = p.latest() == null ? null : p.latest().value();
            if (target == null || actual == null || p.indicator().depth() != 0 || bars.size() >= MAX_BARS) {
                continue;
            }
            String u = p.indicator().unit() == null ? "" : p.indicator().unit();
            if (unit == null || unit.equals(u)) {  // one unit of measure per chart: % with %, people with people
                unit = u;
                bars.add(new OfficialReport.Charts.Bar(p.indicator().code() == null ? p.indicator().name() : p.indicator().code(),
                        actual, target));
            }
        }
        Map<String, Map<Status, Integer>> byStatus = new LinkedHashMap<>();
        Map<OrgUnit, List<UnitProgress>> grid = progress.grid(t.programme().id(), t.unit().id(), year);
        List<IndicatorRow> indicators = rows.stream().map(IndicatorProgress::indicator).toList();
        for (int i = 0; i < indicators.size() && byStatus.size() < MAX_BARS && !grid.isEmpty(); i++) {
            if (indicators.get(i).depth() != 0 || indicators.get(i).plan().qualitative()) {
                continue;
            }
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (List<UnitProgress> cells : grid.values()) {
                counts.merge(cells.get(i).assessment().status(), 1, Integer::sum);
            }
            byStatus.put(indicators.get(i).code() == null ? indicators.get(i).name() : indicators.get(i).code(), counts);
        }
        return new OfficialReport.Charts(bars, byStatus);
    }
}
