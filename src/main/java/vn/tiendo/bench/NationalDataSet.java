package vn.tiendo.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.monitoring.FormulaKind;
import vn.tiendo.monitoring.FormulaRepository;
import vn.tiendo.monitoring.IndicatorFormula;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;

/**
 * A synthetic national data set for benchmarks (bộ dữ liệu mô phỏng toàn quốc): synthetic schools under
 * the real 3,321 communes, a national programme of synthetic indicators, and a value of every indicator
 * for every school and period, written with INSERT … SELECT generate_series. Never used by tests.
 */
@Component
public class NationalDataSet {

    /** Number of the synthetic national programme. */
    public static final String NUMBER = "BENCH-71/MP";
    static final String SCHOOL_PREFIX = "BENCH-";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final FormulaRepository formulas;

    public NationalDataSet(JdbcClient jdbc, ProgrammeService programmes, FormulaRepository formulas) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.formulas = formulas;
    }

    /** What was generated. */
    public record Summary(long programmeId, int schools, int indicators, List<String> periods, long values) {
    }

    /** Replaces any earlier synthetic set with a new one (deterministic: setseed). */
    @Transactional
    public Summary generate(int schools, int indicatorCount, List<String> periods) {
        return generate(schools, indicatorCount, periods, null);
    }

    /**
     * The same with the schools under the communes of one province only ({@code provinceCode}, e.g. "24" Bắc Ninh;
     * null = every commune of the nation): a province's own data set, to measure its size alone.
     */
    @Transactional
    public Summary generate(int schools, int indicatorCount, List<String> periods, String provinceCode) {
        String under = provinceCode == null ? "/" : jdbc.sql("SELECT path FROM org_unit WHERE code = ? AND level = 'PROVINCE'")
                .param(provinceCode).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("--province: không có tỉnh, thành phố mã " + provinceCode));
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        drop();
        long programmeId = programmes.save(programme(indicatorCount), "bench", true);
        List<Long> ids = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY ordinal").param(programmeId)
                .query(Long.class).list();
        for (int i = 0; i < ids.size(); i++) {
            if (i % 4 == 0) {
                formulas.define(IndicatorFormula.share(ids.get(i), "Đạt", OrgUnit.Level.SCHOOL));
            } else if (i % 8 == 6) {
                formulas.define(IndicatorFormula.of(ids.get(i), i % 16 == 6 ? FormulaKind.MIN : FormulaKind.MAX));
            }
        }
        jdbc.sql("""
                INSERT INTO org_unit (code, name, full_name, level, unit_type, parent_id, path)
                SELECT ? || g, 'Trường ' || g, 'Trường mô phỏng số ' || g, 'SCHOOL', 'Trường', c.id, ''
                  FROM generate_series(0, ? - 1) g
                  JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n
                          FROM org_unit WHERE level = 'COMMUNE' AND path LIKE ? || '%') c ON c.k = g % c.n""")
                .param(SCHOOL_PREFIX).param(schools).param(under).update();
        jdbc.sql("""
                UPDATE org_unit s SET path = c.path || s.id || '/' FROM org_unit c
                 WHERE s.parent_id = c.id AND s.code LIKE 'BENCH-%' AND s.path = ''""").update();
        jdbc.sql("SELECT setseed(0.71)").query().singleRow();
        long values = jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, created_by, updated_by)
                SELECT i.id, s.id, p.period,
                       CASE WHEN i.value_type = 'YES_NO' THEN NULL
                            WHEN i.value_type = 'PERCENT' THEN round((40 + random() * 60)::numeric, 1)
                            ELSE floor(random() * 500)::numeric END,
                       CASE WHEN i.value_type = 'YES_NO' THEN CASE WHEN random() < 0.7 THEN 'Đạt' ELSE 'Chưa đạt' END END,
                       'bench', 'bench'
                  FROM indicator i
                 CROSS JOIN org_unit s
                 CROSS JOIN unnest(CAST(? AS TEXT[])) AS p(period)
                 WHERE i.programme_id = ? AND s.code LIKE 'BENCH-%'""")
                .param(periods.toArray(String[]::new)).param(programmeId).update();
        return new Summary(programmeId, schools, ids.size(), periods, values);
    }

    /** Removes the synthetic programme, its values and the synthetic schools. */
    @Transactional
    public void drop() {
        jdbc.sql("DELETE FROM data_value WHERE org_unit_id IN (SELECT id FROM org_unit WHERE code LIKE 'BENCH-%')").update();
        // reported rows never cascade (V40): the synthetic programme's formulas and values go first
        String ofProgramme = "SELECT i.id FROM indicator i JOIN programme p ON p.id = i.programme_id WHERE p.number = ?";
        jdbc.sql("DELETE FROM indicator_formula WHERE indicator_id IN (" + ofProgramme + ")").param(NUMBER).update();
        jdbc.sql("DELETE FROM data_value WHERE indicator_id IN (" + ofProgramme + ")").param(NUMBER).update();
        jdbc.sql("DELETE FROM programme WHERE number = ?").param(NUMBER).update();
        jdbc.sql("DELETE FROM org_unit WHERE code LIKE 'BENCH-%'").update();
    }

    public long programmeId() {
        return jdbc.sql("SELECT id FROM programme WHERE number = ?").param(NUMBER).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("Chưa có bộ dữ liệu mô phỏng; chạy trước: tiendo bench generate"));
    }

    private static ProgrammeDocument programme(int count) {
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ValueType type = switch (i % 4) {
                case 0 -> ValueType.YES_NO;
                case 1 -> ValueType.NUMBER;
                case 2 -> ValueType.PERCENT;
                default -> ValueType.COUNT;
            };
            BigDecimal base = type == ValueType.NUMBER || type == ValueType.COUNT ? new BigDecimal("10000000") : new BigDecimal("65");
            list.add(new Indicator("MP" + (i + 1), "Mô phỏng", "Chỉ tiêu mô phỏng " + (i + 1), type == ValueType.PERCENT ? "%" : "Đơn vị",
                    type, Direction.HIGHER, new Baseline(2025, base.toPlainString(), base),
                    List.of(new Target(2026, "", Comparator.GE, base.multiply(new BigDecimal("1.02"))),
                            new Target(2030, "", Comparator.GE, base.multiply(new BigDecimal("1.1")))),
                    List.of(), false, List.of(), List.of(), false, null, null));
        }
        return new ProgrammeDocument(new DocumentInfo(NUMBER, null, "Bộ dữ liệu mô phỏng", new OrgUnitRef("VN", "Cả nước"),
                "chương trình", List.of("71-NQ/TW"), "Chương trình mô phỏng toàn quốc để đo hiệu năng"), list, List.of(), List.of());
    }
}
