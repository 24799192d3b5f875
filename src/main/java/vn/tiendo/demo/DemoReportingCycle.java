package vn.tiendo.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.Narrative;
import vn.tiendo.dataapproval.ReportStore;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * A 2026 reporting cycle in motion for Lai Châu (dữ liệu minh họa): the communes' reports on the provincial programme
 * for 6 tháng đầu năm 2026 (hạn nộp cấp xã 16/06/2026), some approved, some waiting, some returned with a comment,
 * some late, some missing. Made through the real workflow (audited, with history), dated in June 2026, and flagged
 * as demo. Idempotent: nothing is added when the programme already has reports for the period.
 */
@Component
public class DemoReportingCycle {

    static final String PERIOD = "2026S1";
    static final String APPROVER = "phe-duyet-tinh-lai-chau";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApprovalService approvals;
    private final ReportStore reports;
    private final ProgrammeService programmes;
    private final OrgUnitRepository units;

    public DemoReportingCycle(ApprovalService approvals, ReportStore reports, ProgrammeService programmes, OrgUnitRepository units) {
        this.approvals = approvals;
        this.reports = reports;
        this.programmes = programmes;
        this.units = units;
    }

    /** Adds the cycle to the first Lai Châu (code 12) programme among {@code programmeIds}; returns the reports touched. */
    public int load(List<Long> programmeIds) {
        Optional<ProgrammeSummary> laiChau = programmeIds.stream().map(id -> programmes.findSummary(id).orElseThrow())
                .filter(p -> "12".equals(p.orgUnitCode())).findFirst();
        if (laiChau.isEmpty() || reports.anyFor(laiChau.get().id(), PERIOD)) {
            return 0;
        }
        long id = laiChau.get().id();
        List<String> communes = units.childUnits(units.findByCode("12").orElseThrow().id()).stream().map(u -> u.code()).toList();
        int touched = 0;
        for (int i = 0; i < communes.size(); i++) {
            touched += play(id, communes.get(i), i) ? 1 : 0;
        }
        reports.markDemo(id, PERIOD);
        return touched;
    }

    /** The story of commune number {@code i}: 0–7 approved on time, 8–12 waiting, 13–15 returned, 16–21 late, the rest missing. */
    private boolean play(long programme, String commune, int i) {
        String officer = "can-bo-xa-" + commune;
        if (i >= 22) {
            return false;
        }
        boolean late = i >= 16;
        int day = late ? 19 + i % 5 : 12 + i % 4;
        write(officer, programme, commune, day);
        submit(officer, programme, commune, day);
        if (i < 8 || (late && i % 2 == 0)) {
            CurrentActor.runAs(APPROVER, () -> at(day + 3).approve(programme, commune, PERIOD));
        } else if (i >= 13 && i <= 15) {
            CurrentActor.runAs(APPROVER, () -> at(day + 2).giveBack(programme, commune, PERIOD,
                    "Đề nghị bổ sung số trường đạt chuẩn quốc gia và nêu rõ nguyên nhân chưa đạt chỉ tiêu."));
        }
        return true;
    }

    private void write(String officer, long programme, String commune, int day) {
        CurrentActor.runAs(officer, () -> at(day).saveNarrative(programme, commune, PERIOD, new Narrative(
                "Ban hành kế hoạch thực hiện Nghị quyết 71-NQ/TW; phân công rõ người, rõ việc.",
                "Duy trì sĩ số học sinh; 2 trường được công nhận đạt chuẩn quốc gia.",
                "Cơ sở vật chất còn thiếu; nguyên nhân: nguồn vốn phân bổ chậm.",
                "Tiếp tục rà soát trường chưa đạt chuẩn, hoàn thành hồ sơ công nhận trong 6 tháng cuối năm.",
                "Đề nghị tỉnh hỗ trợ kinh phí sửa chữa phòng học.")));
    }

    private void submit(String officer, long programme, String commune, int day) {
        CurrentActor.runAs(officer, () -> at(day).submit(programme, commune, PERIOD,
                "Số liệu 6 tháng tổng hợp cùng báo cáo năm (dữ liệu minh họa)."));
    }

    private ApprovalService at(int dayOfJune) {
        LocalDateTime t = LocalDateTime.of(2026, 6, 1, 9, 30).plusDays(dayOfJune - 1L);
        return approvals.at(Clock.fixed(t.atZone(VIETNAM).toInstant(), VIETNAM));
    }
}
