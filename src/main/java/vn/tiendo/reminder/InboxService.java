package vn.tiendo.reminder;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** The in-app inbox (hộp thư) of the signed-in user: list, unread count, mark read. */
@Service
public class InboxService {

    private static final int PAGE = 200;

    private final InboxStore store;
    private final Clock clock;

    public InboxService(InboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<InboxMessage> messages(long userId) {
        return store.messages(userId, PAGE);
    }

    public int unread(long userId) {
        return store.unread(userId);
    }

    /** Marks a message read; a message of another user is left alone (nothing tells whether it exists). */
    public boolean markRead(long userId, long messageId) {
        return store.markRead(userId, messageId, clock.instant()) == 1;
    }

    public int markAllRead(long userId) {
        return store.markAllRead(userId, clock.instant());
    }
}
