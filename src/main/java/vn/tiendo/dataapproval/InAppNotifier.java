package vn.tiendo.dataapproval;

import org.springframework.stereotype.Component;

/** The in-app channel (thông báo): one notification row per recipient, shown in the layout and at /thong-bao. */
@Component
public class InAppNotifier implements TransitionNotifier {

    private final NotificationStore store;

    public InAppNotifier(NotificationStore store) {
        this.store = store;
    }

    @Override
    public void notify(TransitionNotice notice) {
        store.add(store.recipients(notice).stream().map(NotificationStore.Recipient::userId).toList(), notice.message(), notice.link());
    }
}
