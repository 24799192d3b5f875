package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ValueType;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;

@TiendoTest
class RollUpTest {

    @Autowired ProgrammeService programmes;
    @Autowired OrgUnitRepository units;
    @Autowired FormulaRepository formulas;
    @Autowired RollUp rollUp;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;

    long indicator(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
    }

    Map<String, Object> aggregate(long indicatorId, String unitCode, String period) {
        return jdbc.sql("""
                SELECT a.value, a.numerator, a.denominator, a.met_count, a.child_count, a.reported_count, a.kind
                  FROM aggregate_value a JOIN org_unit u ON u.id = a.org_unit_id
                 WHERE a.indicator_id = ? AND u.code = ? AND a.period = ?""")
                .param(indicatorId).param(unitCode).param(period).query().singleRow();
    }

    @Test
    void shareOfCommunesThatReportDatIsCountedOverAllThirtyEightCommunes() {
        long p = programmes.save(LaiChauProgramme.document("RU1-CTr/TU"), null, false);
        long pcgd = indicator(p, "2");
        List<OrgUnit> communes = units.childUnits(units.findByCode("12").orElseThrow().id());
        assertThat(communes).hasSize(38);
        for (int i = 0; i < communes.size(); i++) {
            values.put(pcgd, communes.get(i).id(), "2026", null, i < 8 ? "Đạt" : "Chưa đạt");
        }
        Map<String, Object> laiChau = aggregate(pcgd, "12", "2026");
        assertThat(laiChau.get("kind")).isEqualTo("CHILD_SHARE");
        assertThat(laiChau.get("met_count")).isEqualTo(8);
        assertThat(laiChau.get("child_count")).isEqualTo(38);
        assertThat((BigDecimal) laiChau.get("value")).isEqualByComparingTo("21.0526");
        // the nation counts the same 8 communes among all 3,321
        Map<String, Object> nation = aggregate(pcgd, "VN", "2026");
        assertThat(nation.get("met_count")).isEqualTo(8);
        assertThat(nation.get("child_count")).isEqualTo(3321);

        // one commune changes its answer: only its ancestors move, and by exactly one commune
        values.put(pcgd, communes.get(20).id(), "2026", null, "Đạt");
        assertThat(aggregate(pcgd, "12", "2026").get("met_count")).isEqualTo(9);
        values.delete(pcgd, communes.get(0).id(), "2026");
        assertThat(aggregate(pcgd, "12", "2026").get("met_count")).isEqualTo(8);
        assertThat(aggregate(pcgd, "12", "2026").get("reported_count")).isEqualTo(37);
    }

    @Test
    void aPercentageOfSchoolsIsTheRatioOfSumsNotTheMeanOfRatios() {
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("RU2-CTr/TU", null, null, new OrgUnitRef("12", "Tỉnh Lai Châu"),
                null, List.of(), null), List.of(
                plain("1", "% trường đạt chuẩn quốc gia", "%", ValueType.PERCENT),
                plain("1a", "Số trường đạt chuẩn quốc gia", "Trường", ValueType.COUNT),
                plain("1b", "Số trường", "Trường", ValueType.COUNT)), List.of(), List.of());
        long p = programmes.save(doc, null, false);
        long percent = indicator(p, "1");
        long met = indicator(p, "1a");
        long all = indicator(p, "1b");
        formulas.define(IndicatorFormula.ratio(percent, met, all));
        long binhLu = units.findByCode("03390").orElseThrow().id();
        long taTong = units.findByCode("03463").orElseThrow().id();
        values.put(met, binhLu, "2026", "9");
        values.put(all, binhLu, "2026", "10");
        values.put(met, taTong, "2026", "1");
        values.put(all, taTong, "2026", "30");
        Map<String, Object> laiChau = aggregate(percent, "12", "2026");
        assertThat((BigDecimal) laiChau.get("numerator")).isEqualByComparingTo("10");
        assertThat((BigDecimal) laiChau.get("denominator")).isEqualByComparingTo("40");
        assertThat((BigDecimal) laiChau.get("value")).isEqualByComparingTo("25"); // not (90 + 3,33) / 2
        assertThat((BigDecimal) aggregate(met, "12", "2026").get("value")).isEqualByComparingTo("10"); // counts are summed
    }

    @Test
    void sumAverageMinAndMaxOverChildUnits() {
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("RU3-CTr/TU", null, null, new OrgUnitRef("12", "Tỉnh Lai Châu"),
                null, List.of(), null), List.of(
                plain("s", "Đào tạo nghề", "Người", ValueType.NUMBER),
                plain("a", "Tỉ lệ huy động trẻ", "%", ValueType.PERCENT),
                plain("lo", "Tỉ lệ thấp nhất", "%", ValueType.PERCENT),
                plain("hi", "Tỉ lệ cao nhất", "%", ValueType.PERCENT)), List.of(), List.of());
        long p = programmes.save(doc, null, false);
        formulas.define(IndicatorFormula.of(indicator(p, "lo"), FormulaKind.MIN));
        formulas.define(IndicatorFormula.of(indicator(p, "hi"), FormulaKind.MAX));
        List<OrgUnit> communes = units.childUnits(units.findByCode("12").orElseThrow().id()).subList(0, 4);
        String[] numbers = {"120", "80", "95.5", "60"};
        for (int i = 0; i < 4; i++) {
            for (String code : List.of("s", "a", "lo", "hi")) {
                values.put(indicator(p, code), communes.get(i).id(), "2026", numbers[i]);
            }
        }
        assertThat((BigDecimal) aggregate(indicator(p, "s"), "12", "2026").get("value")).isEqualByComparingTo("355.5");
        assertThat((BigDecimal) aggregate(indicator(p, "a"), "12", "2026").get("value")).isEqualByComparingTo("88.875");
        assertThat((BigDecimal) aggregate(indicator(p, "lo"), "12", "2026").get("value")).isEqualByComparingTo("60");
        assertThat((BigDecimal) aggregate(indicator(p, "hi"), "12", "2026").get("value")).isEqualByComparingTo("120");
        // lowering the maximum must bring the next largest up (not a delta)
        values.put(indicator(p, "hi"), communes.get(0).id(), "2026", "10");
        assertThat((BigDecimal) aggregate(indicator(p, "hi"), "12", "2026").get("value")).isEqualByComparingTo("95.5");
        assertThat((BigDecimal) aggregate(indicator(p, "hi"), "VN", "2026").get("value")).isEqualByComparingTo("95.5");
    }

    @Test
    void incrementalUpdatesGiveTheSameNumbersAsAFullRecompute() {
        long p = programmes.save(LaiChauProgramme.document("RU4-CTr/TU"), null, false);
        List<Long> indicators = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY id").param(p).query(Long.class).list();
        List<OrgUnit> communes = units.childUnits(units.findByCode("12").orElseThrow().id());
        List<OrgUnit> bacNinh = units.childUnits(units.findByCode("24").orElseThrow().id()).subList(0, 10);
        List<OrgUnit> reporting = new java.util.ArrayList<>(communes);
        reporting.addAll(bacNinh);
        Random random = new Random(71);
        for (int round = 0; round < 4; round++) {
            for (int change = 0; change < 40; change++) {
                long indicator = indicators.get(random.nextInt(indicators.size()));
                long unit = reporting.get(random.nextInt(reporting.size())).id();
                String period = random.nextBoolean() ? "2026" : "2026Q" + (1 + random.nextInt(4));
                switch (random.nextInt(4)) {
                    case 0 -> values.delete(indicator, unit, period);
                    case 1 -> values.put(indicator, unit, period, null, random.nextBoolean() ? "Đạt" : "Chưa đạt");
                    default -> values.put(indicator, unit, period, BigDecimal.valueOf(random.nextInt(10_000), 2), null);
                }
            }
            List<Map<String, Object>> incremental = snapshot(p);
            rollUp.recomputeAll();
            assertThat(snapshot(p)).as("round %d", round).isEqualTo(incremental);
        }
    }

    private List<Map<String, Object>> snapshot(long programmeId) {
        return jdbc.sql("""
                SELECT a.indicator_id, a.org_unit_id, a.period, a.value::text AS value, a.sum_value::text AS sum_value,
                       a.value_count, a.met_count, a.reported_count, a.child_count, a.min_value::text AS mn, a.max_value::text AS mx
                  FROM aggregate_value a JOIN indicator i ON i.id = a.indicator_id
                 WHERE i.programme_id = ? ORDER BY 1, 2, 3""").param(programmeId).query().listOfRows();
    }

    static Indicator plain(String code, String name, String unit, ValueType type) {
        return new Indicator(code, null, name, unit, type, Direction.HIGHER, null, List.of(), List.of(), false, List.of(),
                List.of(), false, null, null);
    }
}
