package vn.tiendo.dataapproval;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.TiendoPrincipal;

/**
 * Reading in-app notifications (thông báo) of the reporting cycle: the layout shows the unread count
 * ({@code ${@notifications.unread()}}), /thong-bao the latest. They are written by {@link InAppNotifier}, one
 * {@link TransitionNotifier} channel among those {@link TransitionNotices} calls.
 */
@Service("notifications")
public class NotificationService {

    private final NotificationStore store;

    public NotificationService(NotificationStore store) {
        this.store = store;
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

}
