package vn.tiendo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/**
 * The synthetic set of `tiendo bench generate`, for one province (`--province`): every synthetic school sits under a
 * commune of that province, spread over its communes, with one value per indicator and period; an unknown province
 * code is refused by name and nothing is made.
 */
@TiendoTest
class NationalDataSetTest {

    @Autowired NationalDataSet data;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void dropIt() {
        data.drop();
    }

    @Test
    void oneProvincesSchoolsAreAllUnderItsCommunes() {
        NationalDataSet.Summary s = data.generate(120, 2, List.of("2026", "2027"), "24");
        assertThat(s.values()).isEqualTo(120L * 2 * 2);
        List<String> provinces = jdbc.sql("""
                SELECT DISTINCT p.code FROM org_unit s JOIN org_unit c ON c.id = s.parent_id JOIN org_unit p ON p.id = c.parent_id
                 WHERE s.code LIKE 'BENCH-%'""").query(String.class).list();
        assertThat(provinces).containsExactly("24");
        int communes = jdbc.sql("SELECT count(DISTINCT parent_id) FROM org_unit WHERE code LIKE 'BENCH-%'").query(Integer.class).single();
        assertThat(communes).as("spread over Bắc Ninh's 99 communes").isEqualTo(99);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE code LIKE 'BENCH-%' AND path NOT LIKE '%/' || id || '/'")
                .query(Integer.class).single()).as("every school has its path").isZero();
    }

    @Test
    void anUnknownProvinceIsRefusedByName() {
        assertThatThrownBy(() -> data.generate(10, 2, List.of("2026"), "99"))
                .hasMessage("--province: không có tỉnh, thành phố mã 99");
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE code LIKE 'BENCH-%'").query(Integer.class).single()).isZero();
    }
}
