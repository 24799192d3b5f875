package vn.tiendo.storage;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Vietnam's 34 provinces and 3,321 communes, wards and special zones (from 1 July 2025) from
 * {@code data/vn_units_2025.json} (MIT licence, see LICENSE-vn-admin-units.txt). Idempotent: units
 * already present (by official code) are left as they are.
 */
@Component
public class AdminUnitLoader {

    /** Code of the nation unit (Cả nước). */
    public static final String NATION_CODE = "VN";
    private static final Logger log = LoggerFactory.getLogger(AdminUnitLoader.class);

    private final JdbcTemplate jdbc;

    public AdminUnitLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the units; returns how many were added (0 when all were already there). */
    @Transactional
    public int load() {
        if (isComplete()) {
            return 0;
        }
        int added = jdbc.update("""
                INSERT INTO org_unit (code, name, full_name, level, unit_type, parent_id, path)
                VALUES ('VN', 'Việt Nam', 'Cả nước', 'NATION', 'Quốc gia', NULL, '')
                ON CONFLICT (code) DO NOTHING""");
        jdbc.update("UPDATE org_unit SET path = '/' || id || '/' WHERE code = 'VN' AND path = ''");
        List<Object[]> provinceRows = new ArrayList<>();
        List<Object[]> communeRows = new ArrayList<>();
        for (AdminUnitCatalog.Province p : AdminUnitCatalog.get().provinces()) {
            provinceRows.add(new Object[] {p.code(), p.name(), p.fullName(), p.unitType()});
            for (AdminUnitCatalog.Commune c : p.communes()) {
                communeRows.add(new Object[] {c.code(), c.name(), c.fullName(), c.unitType(), c.provinceCode()});
            }
        }
        added += sum(jdbc.batchUpdate("""
                INSERT INTO org_unit (code, name, full_name, level, unit_type, parent_id, path)
                SELECT ?, ?, ?, 'PROVINCE', ?, n.id, '' FROM org_unit n WHERE n.code = 'VN'
                ON CONFLICT (code) DO NOTHING""", provinceRows));
        added += sum(jdbc.batchUpdate("""
                INSERT INTO org_unit (code, name, full_name, level, unit_type, parent_id, path)
                SELECT ?, ?, ?, 'COMMUNE', ?, p.id, '' FROM org_unit p WHERE p.code = ?
                ON CONFLICT (code) DO NOTHING""", communeRows));
        // paths of new units, parents first
        jdbc.update("UPDATE org_unit c SET path = p.path || c.id || '/' FROM org_unit p WHERE c.parent_id = p.id AND c.path = '' AND c.level = 'PROVINCE'");
        jdbc.update("UPDATE org_unit c SET path = p.path || c.id || '/' FROM org_unit p WHERE c.parent_id = p.id AND c.path = '' AND c.level = 'COMMUNE'");
        if (added > 0) {
            log.info("Đã nạp {} đơn vị hành chính (34 tỉnh, thành phố và 3.321 xã, phường, đặc khu)", added);
        }
        return added;
    }

    /** True when the nation and every unit of the catalogue are already there (the usual start). */
    private boolean isComplete() {
        int expected = 1;
        for (AdminUnitCatalog.Province p : AdminUnitCatalog.get().provinces()) {
            expected += 1 + p.communes().size();
        }
        Integer present = jdbc.queryForObject(
                "SELECT count(*) FROM org_unit WHERE code IS NOT NULL AND level IN ('NATION', 'PROVINCE', 'COMMUNE') AND path <> ''",
                Integer.class);
        return present != null && present == expected;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += Math.max(c, 0);
        }
        return n;
    }
}
