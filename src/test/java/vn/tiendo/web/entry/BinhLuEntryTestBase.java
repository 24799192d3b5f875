package vn.tiendo.web.entry;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.storage.ProgrammeRepository;

/**
 * Common ground of the data entry web tests: a fresh Lai Châu programme for each test and
 * Xã Bình Lư (03390) as the reporting unit. Subclasses carry {@code @TiendoTest} themselves.
 */
abstract class BinhLuEntryTestBase {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProgrammeRepository programmes;
    @Autowired
    DataValueRepository values;
    @Autowired
    JdbcClient jdbc;

    EntryFixtures.Saved p;
    long binhLu;
    /** the form of Bình Lư for 2026: /nhap-lieu/{programme}/03390/2026 */
    String base;

    @BeforeEach
    void programme() {
        p = EntryFixtures.laiChau(programmes, jdbc);
        binhLu = EntryFixtures.unitId(jdbc, "03390");
        base = "/nhap-lieu/" + p.id() + "/03390/2026";
    }
}
