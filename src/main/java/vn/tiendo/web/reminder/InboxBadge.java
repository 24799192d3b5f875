package vn.tiendo.web.reminder;

import org.springframework.stereotype.Component;
import vn.tiendo.reminder.InboxService;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.TiendoPrincipal;

/** The unread count shown beside "Hộp thư" in the page header ({@code ${@inboxBadge.unread()}}); 0 when signed out. */
@Component("inboxBadge")
public class InboxBadge {

    private final InboxService inbox;

    public InboxBadge(InboxService inbox) {
        this.inbox = inbox;
    }

    public int unread() {
        return ScopedAccessPolicy.currentUser().map(TiendoPrincipal::id).map(inbox::unread).orElse(0);
    }
}
