package vn.tiendo.dataapproval;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tiendo.entry.ReportLock;
import vn.tiendo.programme.Period;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.storage.ReadRouting;

/**
 * Approved = locked: the entry port's answer for every write channel. Reads the report row FOR SHARE, so an approval
 * waits for a write in progress and a write after an approval sees it.
 */
@Component
public class ApprovalLock implements ReportLock {

    private final ReportStore store;
    private final OrgUnitRepository units;

    public ApprovalLock(ReportStore store, OrgUnitRepository units) {
        this.store = store;
        this.units = units;
    }

    /**
     * Read FOR SHARE inside a writing transaction (a write's check); outside one (a form shown, each statement its own
     * transaction) the share lock would end with the statement anyway, so the row is read plainly: such a page also
     * opens while the primary database is gone, from the replica, where FOR SHARE is refused.
     */
    @Override
    public Optional<String> refusal(long programmeId, long orgUnitId, String period) {
        return (ReadRouting.inWritingTransaction() ? store.readShared(programmeId, orgUnitId, period) : store.find(programmeId, orgUnitId, period))
                .filter(r -> r.state() == ReportState.APPROVED)
                .map(r -> message(r));
    }

    private String message(PeriodReport r) {
        return "Báo cáo kỳ " + Period.parse(r.period()).code() + " của " + units.findById(r.orgUnitId()).map(u -> u.fullName()).orElse("đơn vị") + " đã được "
                + r.approvedBy() + " phê duyệt lúc " + Texts.when(r.approvedAt()) + " và đã khóa; không sửa được số liệu."
                + " Cần người phê duyệt cấp trên mở khóa.";
    }
}
