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
    private final SharedValues shared;

    LinkRemovals(LinkStore store, AuditLog audit, SharedValues shared) {
        this.store = store;
        this.audit = audit;
        this.shared = shared;
    }

    @EventListener
    void onRemoving(ProgrammeItemsRemoving event) {
        copyBack(event);
        remove(LinkKind.INDICATOR, event.indicators(), event.number());
        remove(LinkKind.TASK, event.tasks(), event.number());
    }

    /**
     * Entered once: a kept child whose parent indicator goes keeps the shared values of its units (copied back
     * before the link and the dropped indicator's values go); a dropped child leaves its values with the measure.
     */
    private void copyBack(ProgrammeItemsRemoving event) {
        List<Long> dropped = List.copyOf(event.indicators().keySet());
        for (StoredLink link : store.linksTouching(LinkKind.INDICATOR, dropped)) {
            if (!event.indicators().containsKey(link.childId())) {
                shared.separate(link.childId(), "chỉ tiêu " + link.childCode(), "vì chỉ tiêu " + link.parentCode()
                        + " của văn bản " + event.number() + " được nạp lại không còn (đã xác nhận)");
            }
        }
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
