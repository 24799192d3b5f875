package vn.tiendo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.Completeness;
import vn.tiendo.dataapproval.CompletenessService;
import vn.tiendo.dataapproval.ReportState;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;

/** The demo cycle of Lai Châu for 6 tháng đầu năm 2026: approved, waiting, returned, late and missing communes, once. */
@TiendoTest
class DemoReportingCycleTest {

    @Autowired
    DemoReportingCycle cycle;
    @Autowired
    CompletenessService completeness;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCycleInMotionIsAddedOnceAndLabelledAsDemo() {
        long programme = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc)).id();
        assertThat(cycle.load(List.of(programme))).isEqualTo(22);
        assertThat(cycle.load(List.of(programme))).isZero();

        Completeness c = completeness.completeness(programme, "2026S1", "12");
        assertThat(c.expected()).isEqualTo(38);
        assertThat(c.submitted()).isEqualTo(19);
        assertThat(c.approved()).isEqualTo(11);
        assertThat(c.onTime()).isEqualTo(13);
        assertThat(c.late()).isEqualTo(6);
        assertThat(c.missing()).isEqualTo(19);
        assertThat(c.units()).filteredOn(u -> u.state() == ReportState.RETURNED).hasSize(3);
        assertThat(c.demo()).isTrue();
        assertThat(c.completenessRate()).isEqualTo(50.0);
        assertThat(c.timelinessRate()).isEqualTo(34.2);

        String returned = c.units().stream().filter(u -> u.state() == ReportState.RETURNED).findFirst().orElseThrow().code();
        var view = approvals.view(programme, returned, "2026S1");
        assertThat(view.report().comment()).startsWith("Đề nghị bổ sung số trường đạt chuẩn quốc gia");
        assertThat(view.report().demo()).isTrue();
        assertThat(view.history()).extracting(h -> h.action()).containsExactly("UPDATE", "SUBMIT", "RETURN");
        assertThat(view.report().submittedAt().toString()).startsWith("2026-06-");   // the audit keeps the real recording time
    }
}
