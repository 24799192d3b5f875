package vn.tiendo.link;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programmes.ProgrammeItemsRemoving;

/**
 * When a replaced programme drops indicators or tasks (after the officer confirmed the drop), the links from or
 * to them go too, in the same transaction, each audited with the link as it was: the foreign keys RESTRICT, so
 * nothing else would remove them, and a link alone is no reported data.
 */
@Component
class LinkRemovals {

    private final LinkStore store;
    private final AuditLog audit;

    LinkRemovals(LinkStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @EventListener
    void onRemoving(ProgrammeItemsRemoving event) {
        remove(LinkKind.INDICATOR, event.indicators(), event.number());
        remove(LinkKind.TASK, event.tasks(), event.number());
    }

    private void remove(LinkKind kind, Map<Long, String> codes, String number) {
        for (StoredLink link : store.deleteTouching(kind, List.copyOf(codes.keySet()))) {
            String child = codes.getOrDefault(link.childId(), link.childCode());
            String parent = codes.getOrDefault(link.parentId(), link.parentCode());
            audit.record("DELETE", kind.json() + "_link", link.childId(), null, link, null,
                    "Bỏ liên kết " + LinkService.word(kind) + " " + child + " → " + parent
                            + " vì văn bản " + number + " được nạp lại không còn mục này (đã xác nhận)");
        }
    }
}
