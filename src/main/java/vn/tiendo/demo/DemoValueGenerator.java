package vn.tiendo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.entry.EntryIndicator;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.entry.ReportingRule;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.entry.ValueValidator;
import vn.tiendo.monitoring.FormulaKind;
import vn.tiendo.monitoring.FormulaRepository;
import vn.tiendo.monitoring.IndicatorFormula;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.monitoring.status.StatusRules;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.TrackingPeriod;
import vn.tiendo.programme.ValueType;

/**
 * Dữ liệu minh họa: generates plausible actual values for the first two years of the tracking period
 * (2025 and 2026) for every unit that reports each indicator (by the one {@link ReportingRule}: a
 * province's communes, or the commune itself for a commune plan). Deterministic for a given seed. The
 * values are saved through {@link DataValueService#saveDemoValues}, so they pass the same validation,
 * are flagged demo and never overwrite a stored value.
 */
@Component
public class DemoValueGenerator {

    /** Years generated: the first two of the tracking period. */
    public static final List<Integer> YEARS = List.of(TrackingPeriod.RESOLUTION_71.firstYear(),
            TrackingPeriod.RESOLUTION_71.firstYear() + 1);

    private final ProgrammeIndicators indicators;
    private final FormulaRepository formulas;
    private final EntryCatalog catalog;
    private final ReportingRule rule;
    private final DataValueService values;

    public DemoValueGenerator(ProgrammeIndicators indicators, FormulaRepository formulas, EntryCatalog catalog,
                              ReportingRule rule, DataValueService values) {
        this.indicators = indicators;
        this.formulas = formulas;
        this.catalog = catalog;
        this.rule = rule;
        this.values = values;
    }

    /**
     * Generates and saves the demo values of one programme, with one roll-up.
     *
     * @return the number of values written (existing values are left alone)
     */
    public int generate(long programmeId, long seed) {
        return values.saveDemoValues(values(programmeId, seed));
    }

    /** The demo values of a programme, not saved. */
    public List<ValueInput> values(long programmeId, long seed) {
        List<IndicatorRow> rows = indicators.of(programmeId);
        Map<Long, EntryIndicator> entry = catalog.indicators(programmeId).stream()
                .collect(Collectors.toMap(EntryIndicator::id, Function.identity()));
        Set<Long> dataElements = new HashSet<>();
        for (IndicatorRow row : rows) {
            IndicatorFormula f = formulas.effective(row.id());
            if (f.kind() == FormulaKind.RATIO) {
                dataElements.add(f.numeratorId());
                dataElements.add(f.denominatorId());
            }
        }
        List<ValueInput> out = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (dataElements.contains(row.id())) {
                continue;
            }
            IndicatorFormula f = formulas.effective(row.id());
            List<OrgUnit> reporting = rule.reportingUnits(entry.get(row.id()));
            for (OrgUnit unit : reporting) {
                Random random = new Random(seed * 1_000_003L + row.id() * 7919L + unit.id());
                double bias = random.nextGaussian(); // how far ahead or behind this unit is, the same every year
                for (int year : YEARS) {
                    Values v = new Values(row, unit.id(), year, out);
                    switch (f.kind()) {
                        case CHILD_SHARE, CHILD_COUNT -> v.yesNo(random);
                        case SUM -> v.share(reporting.size(), bias, random);
                        case AVERAGE, MIN, MAX -> v.near(bias, random);
                        case RATIO -> v.ratio(f, random);
                        case DIRECT -> { }
                    }
                }
            }
        }
        return out;
    }

    /** The values of one indicator for one unit and year, added to {@code out}. */
    private record Values(IndicatorRow row, long unitId, int year, List<ValueInput> out) {

        /**
         * Đạt / Chưa đạt (what a unit answers for an indicator that counts the units meeting it), with the
         * chance of Đạt following the plan's percentage for that year.
         */
        void yesNo(Random random) {
            BigDecimal ref = reference(row.plan(), year);
            double p = ref == null ? 0.3 : Math.min(1, Math.max(0, ref.doubleValue() / 100));
            boolean met = random.nextDouble() < p + (year - YEARS.get(0)) * 0.02;
            add(row.id(), met ? ValueValidator.YES : ValueValidator.NO);
        }

        /** A share of the owning unit's total: the unit's own bias (10 %) and a yearly wobble (5 %). */
        void share(int units, double bias, Random random) {
            BigDecimal ref = reference(row.plan(), year);
            if (ref != null) {
                double v = ref.doubleValue() / units * (1 + 0.1 * bias + 0.05 * random.nextGaussian());
                add(row.id(), Long.toString(Math.max(0, Math.round(v))));
            }
        }

        /** Near the path: the unit's own bias (4 %) and a yearly wobble (1 %), kept within 0–100 for percentages. */
        void near(double bias, Random random) {
            BigDecimal ref = reference(row.plan(), year);
            if (ref != null) {
                double v = ref.doubleValue() * (1 + 0.04 * bias + 0.01 * random.nextGaussian());
                ValueType type = row.plan().valueType();
                if (type == ValueType.PERCENT) {
                    v = Math.min(100, v);
                }
                int scale = type == ValueType.COUNT || type == ValueType.RANK ? 0 : 1;
                double least = type == ValueType.RANK ? 1 : 0;
                add(row.id(), BigDecimal.valueOf(Math.max(least, v)).setScale(scale, RoundingMode.HALF_UP).toPlainString());
            }
        }

        /** Numerator and denominator data elements, e.g. schools meeting the standard and schools. */
        void ratio(IndicatorFormula f, Random random) {
            BigDecimal ref = reference(row.plan(), year);
            double rate = ref == null ? 0.5 : Math.min(1, Math.max(0, ref.doubleValue() / 100 * (1 + 0.08 * random.nextGaussian())));
            int total = 5 + random.nextInt(16);
            add(f.denominatorId(), Integer.toString(total));
            add(f.numeratorId(), Long.toString(Math.round(total * rate)));
        }

        private void add(long indicatorId, String raw) {
            out.add(new ValueInput(indicatorId, unitId, Period.year(year), raw, VietnameseNumber.Policy.MACHINE, ExpectedVersion.none(), null,
                    new Field("demo", "số liệu minh họa chỉ tiêu " + row.code() + " năm " + year)));
        }
    }

    /**
     * What the plan expects in a year: its target, else the point on the path, else the baseline;
     * for a programme with milestone targets only (Bắc Ninh: 2030, 2035, 2045), a start some way short
     * of the first milestone (lower-is-better targets are approached from above).
     */
    private static BigDecimal reference(IndicatorPlan plan, int year) {
        IndicatorPlan.Goal g = plan.numericTarget(year);
        if (g != null) {
            return g.value();
        }
        BigDecimal path = StatusRules.pathValue(plan, year);
        if (path != null || plan.baselineValue() != null) {
            return path != null ? path : plan.baselineValue();
        }
        return plan.targets().tailMap(year, false).values().stream().filter(IndicatorPlan.Goal::numeric).findFirst()
                .map(next -> {
                    double yearsAhead = next.year() - year;
                    double factor = plan.direction() == Direction.LOWER
                            ? 1 + 0.04 * yearsAhead : Math.max(0.5, 1 - 0.03 * yearsAhead);
                    return BigDecimal.valueOf(next.value().doubleValue() * factor);
                })
                .orElse(null);
    }
}
