package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiendo.monitoring.RollUpTest.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * One change's path ({@link RollUpSql#path}, the statement of a transaction that changed one value) against the
 * full recompute, for every formula kind, with values at communes and at the provinces themselves (so the nation
 * combines the provinces' own values with their aggregates), numbers and texts, deletions, and changes at the
 * same commune one after the other.
 */
@TiendoTest
class RollUpPathTest {

    @Autowired ProgrammeService programmes;
    @Autowired OrgUnitRepository units;
    @Autowired FormulaRepository formulas;
    @Autowired RollUp rollUp;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;

    @Test
    void everyKindRolledUpAlongOneChangesPathEqualsAFullRecompute() {
        long p = programmes.save(new ProgrammeDocument(new DocumentInfo("RUP1-CTr/TU", null, null,
                new OrgUnitRef("12", "Tỉnh Lai Châu"), null, List.of(), null), List.of(
                plain("sum", "Đào tạo nghề", "Người", ValueType.NUMBER),
                plain("avg", "Tỉ lệ huy động trẻ", "%", ValueType.PERCENT),
                plain("lo", "Tỉ lệ thấp nhất", "%", ValueType.PERCENT),
                plain("hi", "Tỉ lệ cao nhất", "%", ValueType.PERCENT),
                plain("r", "% trường đạt chuẩn", "%", ValueType.PERCENT),
                plain("rn", "Số trường đạt chuẩn", "Trường", ValueType.COUNT),
                plain("rd", "Số trường", "Trường", ValueType.COUNT),
                plain("share", "Tỉ lệ xã đạt chuẩn", "% xã", ValueType.PERCENT),
                plain("count", "Số xã đạt chuẩn", "Xã", ValueType.COUNT)), List.of(), List.of()), null, false);
        formulas.define(IndicatorFormula.of(id(p, "lo"), FormulaKind.MIN));
        formulas.define(IndicatorFormula.of(id(p, "hi"), FormulaKind.MAX));
        formulas.define(IndicatorFormula.ratio(id(p, "r"), id(p, "rn"), id(p, "rd")));
        formulas.define(IndicatorFormula.of(id(p, "count"), FormulaKind.CHILD_COUNT));
        List<Long> indicators = List.of(id(p, "sum"), id(p, "avg"), id(p, "lo"), id(p, "hi"), id(p, "rn"), id(p, "rd"),
                id(p, "share"), id(p, "count"));
        List<Long> reporting = new ArrayList<>();
        for (String province : List.of("12", "24")) {
            long provinceId = units.findByCode(province).orElseThrow().id();
            reporting.add(provinceId);
            units.childUnits(provinceId).stream().limit(6).map(OrgUnit::id).forEach(reporting::add);
        }
        Random random = new Random(16_4);
        for (int change = 0; change < 120; change++) {
            long indicator = indicators.get(random.nextInt(indicators.size()));
            long unit = reporting.get(random.nextInt(reporting.size()));
            switch (random.nextInt(5)) {
                case 0 -> values.delete(indicator, unit, "2027");
                case 1 -> values.put(indicator, unit, "2027", null, random.nextBoolean() ? "Đạt" : "Chưa đạt");
                default -> values.put(indicator, unit, "2027", BigDecimal.valueOf(random.nextInt(20_000) - 5_000, 2), null);
            }
        }
        List<Map<String, Object>> incremental = snapshot(p);
        assertThat(incremental).isNotEmpty();
        rollUp.recomputeAll();
        assertThat(snapshot(p)).isEqualTo(incremental);
    }

    private long id(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
    }

    private List<Map<String, Object>> snapshot(long programmeId) {
        return jdbc.sql("""
                SELECT a.indicator_id, a.org_unit_id, a.period, a.kind, a.value::text AS value, a.sum_value::text AS sum_value,
                       a.value_count, a.numerator::text AS numerator, a.denominator::text AS denominator, a.met_count,
                       a.reported_count, a.child_count, a.min_value::text AS mn, a.max_value::text AS mx, a.demo
                  FROM aggregate_value a JOIN indicator i ON i.id = a.indicator_id
                 WHERE i.programme_id = ? ORDER BY 1, 2, 3""").param(programmeId).query().listOfRows();
    }
}
