package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.RollUp;

/** {@code tiendo verify}: every stored aggregate equals its recomputation from the reported values, or it names the ones that differ. */
@TiendoTest
class VerifyCommandTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired RollUp rollUp;

    MainTest.Run verify() {
        HikariDataSource ds = (HikariDataSource) dataSource;
        return MainTest.run("verify", "--db-url", ds.getJdbcUrl(), "--db-user", ds.getUsername());
    }

    @Test
    void verifyExitsZeroWhenAllAggregatesMatchAndOneNamingACorruptedAggregate() {
        long programme = jdbc.sql("""
                INSERT INTO programme (number, org_unit_id, level) SELECT 'VERIFY-15', id, 'PROVINCE' FROM org_unit WHERE code = '12'
                RETURNING id""").query(Long.class).single();
        long indicator = jdbc.sql("""
                INSERT INTO indicator (programme_id, ordinal, code, name, value_type) VALUES (?, 0, 'KT1', 'Số trường đạt chuẩn', 'COUNT')
                RETURNING id""").param(programme).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, created_by, updated_by)
                SELECT ?, id, '2027', 3, 'test', 'test' FROM org_unit WHERE parent_id = (SELECT id FROM org_unit WHERE code = '12')
                   AND level = 'COMMUNE' ORDER BY code LIMIT 4""").param(indicator).update();
        rollUp.recomputeAll();
        long province = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT value FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2027'")
                .param(indicator).param(province).query(BigDecimal.class).single()).isEqualByComparingTo("12");

        MainTest.Run ok = verify();
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("tất cả khớp");

        jdbc.sql("UPDATE aggregate_value SET value = 13, sum_value = 13 WHERE indicator_id = ? AND org_unit_id = ? AND period = '2027'")
                .param(indicator).param(province).update();
        try {
            MainTest.Run bad = verify();
            assertThat(bad.code()).as(bad.out() + bad.err()).isEqualTo(1);
            assertThat(bad.out()).containsPattern("VERIFY-15 +KT1 +12 [^\\n]*2027 +13 +12")
                    .contains("Có 1 số liệu tổng hợp khác");
            assertThat(jdbc.sql("SELECT value FROM aggregate_value WHERE indicator_id = ? AND org_unit_id = ? AND period = '2027'")
                    .param(indicator).param(province).query(BigDecimal.class).single()).as("verify writes nothing")
                    .isEqualByComparingTo("13");
        } finally {
            rollUp.recomputeAll();
        }
    }
}
