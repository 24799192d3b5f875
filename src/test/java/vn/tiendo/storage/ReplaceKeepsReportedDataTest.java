package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.TestValues;

@TiendoTest
class ReplaceKeepsReportedDataTest {

    @Autowired ProgrammeRepository programmes;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;

    @Test
    void replacingTheSameDocumentKeepsReportedValues() {
        long p = programmes.save(ProgrammeRepositoryTest.laiChauSample("RK0-CTr/TU"), null, false);
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = 'I.1'").param(p).query(Long.class).single();
        values.put(indicator, unit, "2026", "73.5");
        programmes.save(ProgrammeRepositoryTest.laiChauSample("RK0-CTr/TU"), null, true);
        List<BigDecimal> kept = jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ?").param(indicator).query(BigDecimal.class).list();
        assertThat(kept).containsExactly(new BigDecimal("73.5"));
    }
}
