package vn.tiendo.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.monitoring.status.StatusRules;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ValueType;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Dữ liệu minh họa: generates plausible actual values for 2025 and 2026 for every reporting commune of
 * the unit that owns a programme (a province's communes, or the commune itself for a commune plan),
 * flagged {@code demo = true}. Deterministic for a given seed. Real values are never overwritten, and
 * {@link #deleteDemoData()} removes demo values only.
 */
@Component
public class DemoValueGenerator {

    /** Years generated. */
    public static final List<Integer> YEARS = List.of(2025, 2026);
    static final String DEMO_USER = "demo";

    private final JdbcClient jdbc;
    private final OrgUnitRepository units;
    private final ProgrammeIndicators indicators;
    private final FormulaRepository formulas;
    private final RollUp rollUp;
    private final AuditLog audit;

    public DemoValueGenerator(JdbcClient jdbc, OrgUnitRepository units, ProgrammeIndicators indicators,
                              FormulaRepository formulas, RollUp rollUp, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.indicators = indicators;
        this.formulas = formulas;
        this.rollUp = rollUp;
        this.audit = audit;
    }

    /**
     * Generates demo values for a programme in one transaction and refreshes the roll-up.
     *
     * @return the number of values written (existing values are left alone)
     */
    @Transactional
    public int generate(long programmeId, long seed) {
        long ownerId = jdbc.sql("SELECT org_unit_id FROM programme WHERE id = ?").param(programmeId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Không có chương trình mã " + programmeId + "."));
        OrgUnit owner = units.findById(ownerId).orElseThrow();
        List<OrgUnit> reporting = owner.level() == OrgUnit.Level.PROVINCE ? units.childUnits(owner.id()) : List.of(owner);
        List<IndicatorRow> rows = indicators.of(programmeId);
        Set<Long> dataElements = new HashSet<>();
        for (IndicatorRow row : rows) {
            IndicatorFormula f = formulas.effective(row.id());
            if (f.kind() == FormulaKind.RATIO) {
                dataElements.add(f.numeratorId());
                dataElements.add(f.denominatorId());
            }
        }
        int written = 0;
        for (IndicatorRow row : rows) {
            if (dataElements.contains(row.id())) {
                continue;
            }
            IndicatorFormula f = formulas.effective(row.id());
            for (OrgUnit unit : reporting) {
                Random random = new Random(seed * 1_000_003L + row.id() * 7919L + unit.id());
                double bias = random.nextGaussian(); // how far ahead or behind this unit is, the same every year
                for (int year : YEARS) {
                    written += switch (f.kind()) {
                        case CHILD_SHARE, CHILD_COUNT -> yesNo(row, unit, year, random);
                        case SUM -> share(row, unit, year, reporting.size(), bias, random);
                        case AVERAGE, MIN, MAX -> near(row, unit, year, bias, random);
                        case RATIO -> ratio(row, f, unit, year, random);
                        case DIRECT -> 0;
                    };
                }
            }
        }
        audit.record("CREATE", "data_value", programmeId, owner.id(), null, Map.of("demo", written),
                "Tạo " + written + " số liệu minh họa cho " + owner.fullName());
        rollUp.recomputeAll();
        return written;
    }

    /** Deletes every demo value (real values untouched) and refreshes the roll-up, in one transaction. */
    @Transactional
    public int deleteDemoData() {
        int deleted = jdbc.sql("DELETE FROM data_value WHERE demo").update();
        jdbc.sql("DELETE FROM task_report WHERE demo").update();
        audit.record("DELETE", "data_value", null, null, Map.of("demo", deleted), null, "Xóa " + deleted + " số liệu minh họa");
        rollUp.recomputeAll();
        return deleted;
    }

    /** Đạt / Chưa đạt, with the chance of Đạt following the plan's percentage for that year. */
    private int yesNo(IndicatorRow row, OrgUnit unit, int year, Random random) {
        BigDecimal ref = reference(row.plan(), year);
        double p = ref == null ? 0.3 : Math.min(1, Math.max(0, ref.doubleValue() / 100));
        boolean met = random.nextDouble() < p + (year - YEARS.get(0)) * 0.02;
        return insert(row.id(), unit.id(), year, met ? BigDecimal.ONE : BigDecimal.ZERO, met ? "Đạt" : "Chưa đạt");
    }

    /** A share of the owning unit's total: the unit's own bias (10 %) and a yearly wobble (5 %). */
    private int share(IndicatorRow row, OrgUnit unit, int year, int units, double bias, Random random) {
        BigDecimal ref = reference(row.plan(), year);
        if (ref == null) {
            return 0;
        }
        double v = ref.doubleValue() / units * (1 + 0.1 * bias + 0.05 * random.nextGaussian());
        return insert(row.id(), unit.id(), year, BigDecimal.valueOf(Math.round(v)), null);
    }

    /** Near the path: the unit's own bias (4 %) and a yearly wobble (1 %), kept within 0–100 for percentages. */
    private int near(IndicatorRow row, OrgUnit unit, int year, double bias, Random random) {
        BigDecimal ref = reference(row.plan(), year);
        if (ref == null) {
            return 0;
        }
        double v = ref.doubleValue() * (1 + 0.04 * bias + 0.01 * random.nextGaussian());
        if (row.plan().valueType() == ValueType.PERCENT) {
            v = Math.min(100, Math.max(0, v));
        }
        return insert(row.id(), unit.id(), year, BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP), null);
    }

    /** Numerator and denominator data elements, e.g. schools meeting the standard and schools. */
    private int ratio(IndicatorRow row, IndicatorFormula f, OrgUnit unit, int year, Random random) {
        BigDecimal ref = reference(row.plan(), year);
        double rate = ref == null ? 0.5 : Math.min(1, Math.max(0, ref.doubleValue() / 100 * (1 + 0.08 * random.nextGaussian())));
        int total = 5 + random.nextInt(16);
        return insert(f.denominatorId(), unit.id(), year, BigDecimal.valueOf(total), null)
                + insert(f.numeratorId(), unit.id(), year, BigDecimal.valueOf(Math.round(total * rate)), null);
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
                    double factor = plan.direction() == vn.tiendo.programme.Direction.LOWER
                            ? 1 + 0.04 * yearsAhead : Math.max(0.5, 1 - 0.03 * yearsAhead);
                    return BigDecimal.valueOf(next.value().doubleValue() * factor);
                })
                .orElse(null);
    }

    private int insert(long indicatorId, long unitId, int year, BigDecimal value, String text) {
        return jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, demo, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?) ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING""")
                .param(indicatorId).param(unitId).param(Integer.toString(year)).param(value).param(text)
                .param(DEMO_USER).param(DEMO_USER).update();
    }
}
