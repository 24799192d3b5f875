package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.OrgUnit;

@TiendoTest
class AdminUnitLoaderTest {

    @Autowired
    OrgUnitRepository units;
    @Autowired
    AdminUnitLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsThe34ProvincesAnd3321CommunesOf2025() {
        assertThat(units.countByLevel(OrgUnit.Level.NATION)).isEqualTo(1);
        assertThat(units.countByLevel(OrgUnit.Level.PROVINCE)).isEqualTo(34);
        assertThat(units.countByLevel(OrgUnit.Level.COMMUNE)).isEqualTo(3321);
        OrgUnit nation = units.nation();
        assertThat(units.childUnits(nation.id())).hasSize(34);
    }

    @Test
    void laiChauHas38CommunesAmongThemBinhLu() {
        OrgUnit laiChau = units.findByCode("12").orElseThrow();
        assertThat(laiChau.fullName()).isEqualTo("Tỉnh Lai Châu");
        List<OrgUnit> communes = units.childUnits(laiChau.id());
        assertThat(communes).hasSize(38);
        assertThat(communes).extracting(OrgUnit::fullName)
                .contains("Xã Bình Lư", "Xã Tà Tổng", "Xã Tủa Sín Chải", "Xã Nậm Cuổi");
        OrgUnit binhLu = units.findByCode("03390").orElseThrow();
        assertThat(binhLu.fullName()).isEqualTo("Xã Bình Lư");
        assertThat(binhLu.parentId()).isEqualTo(laiChau.id());
        assertThat(units.ancestors(binhLu.id())).extracting(OrgUnit::fullName).containsExactly("Cả nước", "Tỉnh Lai Châu");
        assertThat(units.isWithin(binhLu.id(), laiChau.id())).isTrue();
        assertThat(units.isWithin(laiChau.id(), binhLu.id())).isFalse();
    }

    @Test
    void bacNinhHas99Units() {
        OrgUnit bacNinh = units.findByCode("24").orElseThrow();
        assertThat(bacNinh.fullName()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(units.childUnits(bacNinh.id())).hasSize(99);
    }

    @Test
    void loadingAgainAddsNothing() {
        int before = jdbc.sql("SELECT count(*) FROM org_unit").query(Integer.class).single();
        assertThat(loader.load()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void everyUnitHasAPathFromTheNation() {
        int withoutPath = jdbc.sql("SELECT count(*) FROM org_unit WHERE path NOT LIKE '/%/'").query(Integer.class).single();
        assertThat(withoutPath).isZero();
        int orphans = jdbc.sql("""
                SELECT count(*) FROM org_unit c JOIN org_unit p ON c.parent_id = p.id
                 WHERE c.path <> p.path || c.id || '/'""").query(Integer.class).single();
        assertThat(orphans).isZero();
    }

    @Test
    void bodiesAreAttachedOnceUnderTheirUnit() {
        OrgUnit laiChau = units.findByCode("12").orElseThrow();
        OrgUnit so = units.findOrCreateBody(laiChau.id(), "Sở Giáo dục và Đào tạo");
        OrgUnit again = units.findOrCreateBody(laiChau.id(), "Sở Giáo dục và Đào tạo");
        assertThat(again.id()).isEqualTo(so.id());
        assertThat(so.level()).isEqualTo(OrgUnit.Level.BODY);
        assertThat(units.isWithin(so.id(), laiChau.id())).isTrue();
        assertThat(units.childUnits(laiChau.id())).hasSize(38);
    }
}
