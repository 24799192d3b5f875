package vn.tiendo.dataapproval;

import java.util.List;
import org.springframework.stereotype.Component;

/** Hands each transition's notice to every {@link TransitionNotifier} channel. */
@Component
public class TransitionNotices {

    private final List<TransitionNotifier> channels;

    public TransitionNotices(List<TransitionNotifier> channels) {
        this.channels = List.copyOf(channels);
    }

    /** A submission: the approvers above are told. */
    void toApprovers(String action, ReportTarget t, PeriodReport r, String message) {
        if (t.unit().parentId() != null) {
            send(notice(action, TransitionNotice.Audience.APPROVERS_ABOVE, t, r, message));
        }
    }

    /** An approval, return, unlock or acceptance: the unit's reporters and the submitter are told. */
    void toReporters(String action, ReportTarget t, PeriodReport r, String message) {
        send(notice(action, TransitionNotice.Audience.UNIT_REPORTERS, t, r, message));
    }

    List<TransitionNotifier> channels() {
        return channels;
    }

    private void send(TransitionNotice notice) {
        channels.forEach(c -> c.notify(notice));
    }

    private static TransitionNotice notice(String action, TransitionNotice.Audience audience, ReportTarget t, PeriodReport r, String message) {
        return new TransitionNotice(action, audience, t.programme().id(), t.unit().id(), t.unit().parentId(), t.period().code(),
                r.submittedBy(), message, link(t));
    }

    static String link(ReportTarget t) {
        return "/bao-cao/" + t.programme().id() + "/" + t.unit().code() + "/" + t.period().code();
    }
}
