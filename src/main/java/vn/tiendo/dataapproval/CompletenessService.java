package vn.tiendo.dataapproval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;

/** Completeness and timeliness of a programme's reports below a unit, for users who may VIEW that unit. */
@Service
public class CompletenessService {

    private final ReportTargets targets;
    private final ReportStore store;
    private final AccessPolicy access;

    public CompletenessService(ReportTargets targets, ReportStore store, AccessPolicy access) {
        this.targets = targets;
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Completeness completeness(long programmeId, String period, String parentCode) {
        ReportTarget t = targets.parent(programmeId, parentCode, period);
        access.require(AccessPolicy.Permission.VIEW, t.unit().id());
        List<UnitReport> rows = store.below(programmeId, t.unit().id(), t.period().code(), t.cutOff(), false);
        return count(t, rows, targets.deadline(programmeId, t.period(), OrgUnit.Level.COMMUNE),
                targets.deadline(programmeId, t.period(), OrgUnit.Level.PROVINCE));
    }

    /** Counts from the rows alone (also the recount of the property tests). */
    static Completeness count(ReportTarget t, List<UnitReport> rows, LocalDate communeDeadline, LocalDate provinceDeadline) {
        int submitted = 0;
        int onTime = 0;
        int approved = 0;
        int accepted = 0;
        List<Completeness.Line> lines = new ArrayList<>(rows.size());
        for (UnitReport r : rows) {
            Boolean inTime = null;
            if (r.submitted()) {
                submitted++;
                inTime = ReportTargets.onTime(r.firstSubmittedAt(),
                        "COMMUNE".equals(r.level()) ? communeDeadline : provinceDeadline);
                onTime += inTime ? 1 : 0;
            }
            approved += r.state() == ReportState.APPROVED ? 1 : 0;
            accepted += r.acceptedMissing() && !r.submitted() ? 1 : 0;
            lines.add(new Completeness.Line(r.code(), r.fullName(), r.level(), r.parentId(), r.state(), inTime, r.acceptedMissing(),
                    r.approvedBy()));
        }
        int expected = rows.size();
        return new Completeness(t, expected, submitted, onTime, submitted - onTime, expected - submitted, approved, accepted,
                Completeness.rate(submitted, expected), Completeness.rate(onTime, expected), lines,
                rows.stream().anyMatch(UnitReport::demo));
    }
}
