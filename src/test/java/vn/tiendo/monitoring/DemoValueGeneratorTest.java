package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;

@TiendoTest
class DemoValueGeneratorTest {

    @Autowired DemoValueGenerator demo;
    @Autowired ProgrammeService programmes;
    @Autowired OrgUnitRepository units;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;

    List<Map<String, Object>> demoRows(long programmeId) {
        return jdbc.sql("""
                SELECT dv.indicator_id, dv.org_unit_id, dv.period, dv.value::text AS v, dv.text_value
                  FROM data_value dv JOIN indicator i ON i.id = dv.indicator_id
                 WHERE i.programme_id = ? AND dv.demo ORDER BY 1, 2, 3""").param(programmeId).query().listOfRows();
    }

    int demoAuditEvents() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'data_value' AND summary LIKE '%minh họa%'")
                .query(Integer.class).single();
    }

    @Test
    void everyCommuneOfTheProvinceGetsValuesForBothYearsAndRealValuesSurviveDeletion() {
        int auditBefore = demoAuditEvents();
        long p = programmes.save(LaiChauProgramme.document("DEMO1-CTr/TU"), null, false);
        long schools = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = '1'").param(p).query(Long.class).single();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        values.put(schools, binhLu, "2026", "66.6"); // a real value reported before the demo

        int written = demo.generate(p, 7);
        assertThat(written).isGreaterThan(0);
        List<Map<String, Object>> rows = demoRows(p);
        assertThat(rows.stream().map(r -> r.get("org_unit_id")).distinct()).hasSize(38);
        assertThat(rows.stream().map(r -> r.get("period")).distinct()).containsExactlyInAnyOrder("2025", "2026");
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(binhLu).query(BigDecimal.class).single()).isEqualByComparingTo("66.6");
        long laiChau = units.findByCode("12").orElseThrow().id();
        assertThat(jdbc.sql("SELECT demo FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(laiChau).query(Boolean.class).single()).isTrue();

        // deterministic: the same seed gives the same values
        demo.deleteDemoData();
        assertThat(demoRows(p)).isEmpty();
        demo.generate(p, 7);
        assertThat(demoRows(p)).isEqualTo(rows);

        // deletion is global: it also removes demo values other tests generated, and says how many
        int allDemo = jdbc.sql("SELECT count(*) FROM data_value WHERE demo").query(Integer.class).single();
        int deleted = demo.deleteDemoData();
        assertThat(deleted).isEqualTo(allDemo);
        assertThat(demoRows(p)).isEmpty();
        // the real value and its roll-up are all that is left
        assertThat(jdbc.sql("SELECT value FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2026'")
                .param(schools).param(laiChau).query(BigDecimal.class).single()).isEqualByComparingTo("66.6");
        assertThat(jdbc.sql("SELECT count(*) FROM aggregate_value WHERE indicator_id = ? AND period = '2025'")
                .param(schools).query(Integer.class).single()).isZero();
        // generate, delete, generate, delete: four audit events of this test
        assertThat(demoAuditEvents() - auditBefore).isEqualTo(4);
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
        demo.deleteDemoData();
    }
}
