package vn.tiendo.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.tiendo.monitoring.status.Assessment;
import vn.tiendo.monitoring.status.Forecast;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.monitoring.status.StatusRules;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.TrackingPeriod;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Tiến độ thực hiện: puts indicators, actual values and status rules together for the dashboards. Child
 * units are measured against the targets of the unit that owns the programme.
 */
@Service
public class ProgressService {

    private static final TrackingPeriod PERIOD = TrackingPeriod.RESOLUTION_71;

    private final ProgrammeIndicators indicators;
    private final ActualValues actuals;
    private final OrgUnitRepository units;

    public ProgressService(ProgrammeIndicators indicators, ActualValues actuals, OrgUnitRepository units) {
        this.indicators = indicators;
        this.actuals = actuals;
        this.units = units;
    }

    public List<IndicatorRow> indicators(long programmeId) {
        return indicators.of(programmeId);
    }

    /** Every indicator of the programme for one unit, up to {@code year}. */
    public List<IndicatorProgress> forUnit(long programmeId, long unitId, int year) {
        return forUnit(indicators.of(programmeId), unitId, year);
    }

    /** The given indicators (a programme's, in document order) for one unit, up to {@code year}. */
    public List<IndicatorProgress> forUnit(List<IndicatorRow> rows, long unitId, int year) {
        Map<Long, Map<String, Actual>> values = actuals.of(List.of(unitId), rows.stream().map(IndicatorRow::id).toList())
                .getOrDefault(unitId, Map.of());
        List<IndicatorProgress> out = new ArrayList<>();
        for (IndicatorRow row : rows) {
            out.add(progress(row, values.getOrDefault(row.id(), Map.of()), year));
        }
        return out;
    }

    /** One indicator for one unit. */
    public IndicatorProgress forUnit(IndicatorRow row, long unitId, int year) {
        return progress(row, actuals.of(List.of(unitId), List.of(row.id())).getOrDefault(unitId, Map.of())
                .getOrDefault(row.id(), Map.of()), year);
    }

    /** The units directly below {@code parentId} on one indicator, worst gap first (no data last). */
    public List<UnitProgress> children(IndicatorRow row, long parentId, int year) {
        List<OrgUnit> kids = units.childUnits(parentId);
        Map<Long, Map<Long, Map<String, Actual>>> values = actuals.of(kids.stream().map(OrgUnit::id).toList(), List.of(row.id()));
        List<UnitProgress> out = new ArrayList<>();
        for (OrgUnit kid : kids) {
            Map<String, Actual> byPeriod = values.getOrDefault(kid.id(), Map.of()).getOrDefault(row.id(), Map.of());
            Actual latest = latest(byPeriod, year);
            out.add(new UnitProgress(kid, latest, assess(row, latest)));
        }
        out.sort(Comparator.comparing((UnitProgress u) -> u.assessment().gap(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(u -> u.unit().code()));
        return out;
    }

    /** Heat map: for each unit below {@code parentId}, each indicator's standing in {@code year}. */
    public Map<OrgUnit, List<UnitProgress>> grid(long programmeId, long parentId, int year) {
        List<IndicatorRow> rows = indicators.of(programmeId);
        List<OrgUnit> kids = units.childUnits(parentId);
        Map<Long, Map<Long, Map<String, Actual>>> values = actuals.of(kids.stream().map(OrgUnit::id).toList(),
                rows.stream().map(IndicatorRow::id).toList());
        Map<OrgUnit, List<UnitProgress>> out = new java.util.LinkedHashMap<>();
        for (OrgUnit kid : kids) {
            List<UnitProgress> cells = new ArrayList<>();
            for (IndicatorRow row : rows) {
                Actual latest = latest(values.getOrDefault(kid.id(), Map.of()).getOrDefault(row.id(), Map.of()), year);
                Map<String, Actual> byPeriod = values.getOrDefault(kid.id(), Map.of()).getOrDefault(row.id(), Map.of());
                cells.add(new UnitProgress(kid, latest, assess(row, byPeriod, latest)));
            }
            out.put(kid, cells);
        }
        return out;
    }

    private IndicatorProgress progress(IndicatorRow row, Map<String, Actual> byPeriod, int year) {
        Actual latest = latest(byPeriod, year);
        SortedMap<Integer, BigDecimal> yearly = new TreeMap<>();
        for (int y = PERIOD.firstYear(); y <= year; y++) {
            Actual a = byPeriod.get(Integer.toString(y));
            if (a != null && a.value() != null) {
                yearly.put(y, a.value());
            }
        }
        Forecast forecast = row.plan().qualitative() || yearly.isEmpty() ? null : Forecast.of(row.plan(), yearly, PERIOD.forecastYear());
        return new IndicatorProgress(row, latest, assess(row, byPeriod, latest), yearly, forecast);
    }

    /** A cumulative indicator is judged on its running total up to the latest year reported; others on the latest value. */
    private static Assessment assess(IndicatorRow row, Map<String, Actual> byPeriod, Actual latest) {
        IndicatorPlan plan = row.plan();
        if (plan.cumulative() && latest != null && latest.value() != null
                && Period.parse(latest.period()).type() == Period.Type.YEAR) {
            int last = Period.parse(latest.period()).year();
            if (last >= plan.cumulativeFrom()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int y = plan.cumulativeFrom(); y <= last; y++) {
                    Actual a = byPeriod.get(Integer.toString(y));
                    total = a == null || a.value() == null ? total : total.add(a.value());
                }
                return StatusRules.assessTotal(plan, last, total);
            }
        }
        return assess(row, latest);
    }

    private static Assessment assess(IndicatorRow row, Actual latest) {
        if (latest == null) {
            return StatusRules.assess(row.plan(), Period.year(PERIOD.firstYear()), null, null);
        }
        return StatusRules.assess(row.plan(), Period.parse(latest.period()), latest.value(), latest.text());
    }

    /** The latest period up to the end of {@code year} that has a value. */
    static Actual latest(Map<String, Actual> byPeriod, int year) {
        Actual best = null;
        Period bestPeriod = null;
        for (Actual a : byPeriod.values()) {
            if (a.value() == null && (a.text() == null || a.text().isBlank())) {
                continue;
            }
            Period p = Period.parse(a.period());
            if (p.year() <= year && (bestPeriod == null || p.compareTo(bestPeriod) > 0)) {
                best = a;
                bestPeriod = p;
            }
        }
        return best;
    }
}
