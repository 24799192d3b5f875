package vn.tiendo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntryIndicator;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.entry.ReportingRule;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.entry.ValueValidator;
import vn.tiendo.monitoring.FormulaRepository;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;

@TiendoTest
class DemoValueGeneratorTest {

    @Autowired DemoValueGenerator demo;
    @Autowired DataValueService service;
    @Autowired ProgrammeService programmes;
    @Autowired OrgUnitRepository units;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;
    @Autowired EntryCatalog catalog;
    @Autowired ReportingRule rule;
    @Autowired ValueValidator validator;
    @Autowired FormulaRepository formulas;

    List<Map<String, Object>> demoRows(long programmeId) {
        return jdbc.sql("""
                SELECT dv.indicator_id, dv.org_unit_id, dv.period, dv.value::text AS v, dv.text_value, dv.updated_by
                  FROM data_value dv JOIN indicator i ON i.id = dv.indicator_id
                 WHERE i.programme_id = ? AND dv.demo ORDER BY 1, 2, 3""").param(programmeId).query().listOfRows();
    }

    @Test
    void everyCommuneOfTheProvinceGetsValuesForBothYearsAndRealValuesSurviveDeletion() {
        long p = programmes.save(LaiChauProgramme.document("DEMO1-CTr/TU"), null, false);
        long schools = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = '1'").param(p).query(Long.class).single();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        values.put(schools, binhLu, "2026", "66.6"); // a real value reported before the demo

        int written = demo.generate(p, 7);
        assertThat(written).isGreaterThan(0);
        List<Map<String, Object>> rows = demoRows(p);
        assertThat(rows).hasSize(written).allSatisfy(r -> assertThat(r.get("updated_by")).isEqualTo("demo"));
        assertThat(rows.stream().map(r -> r.get("org_unit_id")).distinct()).hasSize(38);
        assertThat(rows.stream().map(r -> r.get("period")).distinct()).containsExactlyInAnyOrder("2025", "2026");
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(binhLu).query(BigDecimal.class).single()).isEqualByComparingTo("66.6");
        long laiChau = units.findByCode("12").orElseThrow().id();
        assertThat(jdbc.sql("SELECT demo FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(laiChau).query(Boolean.class).single()).isTrue();

        // deterministic: the same seed gives the same values
        service.deleteDemoValues();
        assertThat(demoRows(p)).isEmpty();
        demo.generate(p, 7);
        assertThat(demoRows(p)).isEqualTo(rows);

        int deleted = service.deleteDemoValues();
        assertThat(deleted).isGreaterThanOrEqualTo(rows.size());
        assertThat(demoRows(p)).isEmpty();
        // the real value and its roll-up are all that is left
        assertThat(jdbc.sql("SELECT value FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(laiChau).query(BigDecimal.class).single()).isEqualByComparingTo("66.6");
        assertThat(jdbc.sql("SELECT count(*) FROM aggregate_value WHERE indicator_id = ? AND period = '2025'")
                .param(schools).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'data_value' AND summary LIKE '%minh họa%'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aCommunePlanGetsValuesForTheCommuneOnly() {
        ProgrammeDocument laiChau = LaiChauProgramme.document("DEMO2-KH/ĐU");
        ProgrammeDocument plan = new ProgrammeDocument(new DocumentInfo("DEMO2-KH/ĐU", null, "Ban Thường vụ Đảng ủy",
                new OrgUnitRef("03390", "Xã Bình Lư"), "kế hoạch", List.of("05-CTr/TU"), null),
                laiChau.indicators(), List.of(), List.of());
        long p = programmes.save(plan, null, false);
        demo.generate(p, 1);
        long binhLu = units.findByCode("03390").orElseThrow().id();
        assertThat(demoRows(p)).isNotEmpty().allSatisfy(r -> assertThat(r.get("org_unit_id")).isEqualTo(binhLu));
        service.deleteDemoValues();
    }

    @Test
    void theDemoGeneratesExactlyTheValuesDataEntryAccepts() {
        long p = programmes.save(LaiChauProgramme.document("DEMO3-CTr/TU"), null, false);
        long schools = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = '1'").param(p).query(Long.class).single();
        // this indicator is reported by the province itself: the demo follows, and so does the roll-up's level
        jdbc.sql("UPDATE indicator SET reported_at = 'PROVINCE' WHERE id = ?").param(schools).update();
        assertThat(formulas.effective(schools).reportingLevel()).isEqualTo(OrgUnit.Level.PROVINCE);

        List<ValueInput> inputs = demo.values(p, 3);
        Map<Long, EntryIndicator> indicators = catalog.indicators(p).stream()
                .collect(Collectors.toMap(EntryIndicator::id, i -> i));
        List<EntryError> errors = new ArrayList<>();
        Set<Long> unitsOfSchools = new HashSet<>();
        for (ValueInput in : inputs) {
            OrgUnit unit = units.findById(in.orgUnitId()).orElseThrow();
            EntryIndicator indicator = indicators.get(in.indicatorId());
            assertThat(rule.refusal(indicator, unit)).as(in.field().label() + " of " + unit.fullName()).isEmpty();
            assertThat(validator.check(in, indicator, unit, errors)).isPresent();
            if (in.indicatorId() == schools) {
                unitsOfSchools.add(unit.id());
            }
        }
        assertThat(errors).isEmpty();
        assertThat(unitsOfSchools).containsExactly(units.findByCode("12").orElseThrow().id());
        // every other indicator with values: one value per reporting unit and year
        Map<Long, Long> perIndicator = inputs.stream().collect(Collectors.groupingBy(ValueInput::indicatorId, Collectors.counting()));
        perIndicator.forEach((id, n) -> assertThat(n).as("values of indicator " + id)
                .isEqualTo(2L * rule.reportingUnits(indicators.get(id)).size()));
    }

    @Test
    void aDemoValueThatDataEntryWouldRefuseRefusesTheWholeBatch() {
        long p = programmes.save(LaiChauProgramme.document("DEMO4-CTr/TU"), null, false);
        long schools = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = '1'").param(p).query(Long.class).single();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        long laiChau = units.findByCode("12").orElseThrow().id();
        Field field = new Field("demo", "số liệu minh họa");
        List<ValueInput> batch = List.of(
                new ValueInput(schools, binhLu, Period.year(2025), "70.5", VietnameseNumber.Policy.MACHINE, ExpectedVersion.none(), null, field),
                new ValueInput(schools, laiChau, Period.year(2025), "70.5", VietnameseNumber.Policy.MACHINE, ExpectedVersion.none(), null, field));
        assertThatThrownBy(() -> service.saveDemoValues(batch)).isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("Tỉnh Lai Châu không báo cáo");
        assertThat(demoRows(p)).isEmpty();
    }
}
