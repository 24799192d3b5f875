package vn.tiendo.dataapproval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Completeness expects only the units that exist on the cut-off date: a commune opened after it or closed before it
 * is not expected. The units are added inside the test's transaction and rolled back, so no other test sees them.
 */
@TiendoTest
class CompletenessExistenceTest {

    @Autowired
    CompletenessService completeness;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void unitsOpenedAfterOrClosedBeforeTheCutOffAreNotExpected() {
        long programme = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc)).id();
        commune("99901", "Xã Mới Lập", LocalDate.of(2026, 7, 1), null);
        commune("99902", "Xã Đã Nhập", null, LocalDate.of(2026, 5, 1));
        Completeness half = completeness.completeness(programme, "2026S1", "12");   // cut-off 14/06/2026
        assertThat(half.expected()).isEqualTo(38);
        assertThat(half.units()).extracting(Completeness.Line::code).doesNotContain("99901", "99902");
        Completeness year = completeness.completeness(programme, "2026", "12");     // cut-off 14/12/2026
        assertThat(year.expected()).isEqualTo(39);
        assertThat(year.units()).extracting(Completeness.Line::code).contains("99901").doesNotContain("99902");
        assertThat(year.completenessRate()).isZero();
    }

    private void commune(String code, String name, LocalDate opened, LocalDate closed) {
        jdbc.sql("""
                INSERT INTO org_unit (code, name, full_name, level, unit_type, parent_id, path, opened_on, closed_on)
                SELECT ?, ?, ?, 'COMMUNE', 'Xã', p.id, '', ?, ? FROM org_unit p WHERE p.code = '12'""")
                .params(code, name, name, opened, closed).update();
        jdbc.sql("UPDATE org_unit u SET path = p.path || u.id || '/' FROM org_unit p WHERE u.code = ? AND p.id = u.parent_id")
                .param(code).update();
    }
}
