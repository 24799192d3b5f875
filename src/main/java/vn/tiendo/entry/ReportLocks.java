package vn.tiendo.entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Asks every {@link ReportLock} (none when the reporting cycle is absent) about the reports a batch touches. */
@Component
public class ReportLocks {

    /** A report a write touches: programme × unit × period. */
    public record Key(long programmeId, long orgUnitId, String period) {
    }

    private final List<ReportLock> locks;

    public ReportLocks(List<ReportLock> locks) {
        this.locks = List.copyOf(locks);
    }

    /** Throws {@link LockedReportException} when one of the reports is locked. */
    public void requireOpen(Set<Key> keys) {
        List<String> refusals = new ArrayList<>();
        for (Key k : new LinkedHashSet<>(keys)) {
            for (ReportLock lock : locks) {
                lock.refusal(k.programmeId(), k.orgUnitId(), k.period()).ifPresent(refusals::add);
            }
        }
        if (!refusals.isEmpty()) {
            throw new LockedReportException(refusals);
        }
    }

    /** The refusal for one report, if it is locked (the form shows it read-only). */
    public java.util.Optional<String> refusal(long programmeId, long orgUnitId, String period) {
        for (ReportLock lock : locks) {
            java.util.Optional<String> r = lock.refusal(programmeId, orgUnitId, period);
            if (r.isPresent()) {
                return r;
            }
        }
        return java.util.Optional.empty();
    }
}
