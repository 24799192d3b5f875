package vn.tiendo.dataapproval;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.TiendoPrincipal;

/**
 * In-app notifications (thông báo) of the reporting cycle: a submission tells the approvers above, an approval, return,
 * unlock or acceptance tells the unit's reporters and the submitter. The layout shows the unread count
 * ({@code ${@notifications.unread()}}). E-mail comes with the tasks issue.
 */
@Service("notifications")
public class NotificationService {

    private final NotificationStore store;

    public NotificationService(NotificationStore store) {
        this.store = store;
    }

    void toApprovers(ReportTarget t, String message) {
        if (t.unit().parentId() != null) {
            store.toApproversOf(t.unit().parentId(), message, link(t));
        }
    }

    void toReporters(ReportTarget t, PeriodReport r, String message) {
        List<String> users = new ArrayList<>();
        if (r.submittedBy() != null) {
            users.add(r.submittedBy());
        }
        store.toReportersOf(t.unit().id(), users, message, link(t));
    }

    /** Unread notifications of the current user (0 when not logged in). */
    public int unread() {
        return ScopedAccessPolicy.currentUser().map(u -> store.unread(u.id())).orElse(0);
    }

    /** The latest notifications of the current user; marks them read. */
    public List<NotificationStore.Notification> readLatest() {
        return ScopedAccessPolicy.currentUser().map(TiendoPrincipal::id).map(id -> {
            List<NotificationStore.Notification> list = store.latest(id, 50);
            store.markRead(id);
            return list;
        }).orElse(List.of());
    }

    static String link(ReportTarget t) {
        return "/bao-cao/" + t.programme().id() + "/" + t.unit().code() + "/" + t.period().code();
    }
}
