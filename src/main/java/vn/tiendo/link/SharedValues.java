package vn.tiendo.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.DataValueChanged;

/**
 * Entered once (docs/cascade.md): a linked indicator's values live under its measure. Linking joins the child's
 * rows to the parent's measure (equal twins kept once, differing twins refuse the link, the rest moved); unlinking
 * copies the measure's values of the child's units back to the child, so no value is lost. Each row changed is
 * audited and announced for the roll-up; the caller's transaction makes it all or nothing.
 */
@Component
class SharedValues {

    private final LinkValueStore values;
    private final AuditLog audit;
    private final AuditContext actor;
    private final ApplicationEventPublisher events;

    SharedValues(LinkValueStore values, AuditLog audit, AuditContext actor, ApplicationEventPublisher events) {
        this.values = values;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
    }

    /**
     * Stores the child's values under the measure of {@code parentId}, before the link is stored.
     *
     * @param child  "chỉ tiêu I.1 (70-KH/ĐU)", and {@code parent} likewise, for messages and audit
     * @throws LinkRefusedException listing every unit × period whose two values differ; nothing is changed
     */
    void join(long childId, String child, long parentId, String parent) {
        long measure = values.measureOf(parentId);
        if (measure == childId) {
            throw new LinkRefusedException("Không thể liên kết " + child + " với " + parent + ": " + parent
                    + " đã được liên kết (trực tiếp hay gián tiếp) vào chính " + child + ".");
        }
        List<LinkValueStore.Clash> clashes = values.clashes(childId, measure);
        List<LinkValueStore.Clash> differ = clashes.stream().filter(c -> !c.equal()).toList();
        if (!differ.isEmpty()) {
            StringBuilder m = new StringBuilder("Không thể liên kết " + child + " với " + parent
                    + ": số liệu đã nhập ở hai văn bản khác nhau —");
            differ.forEach(c -> m.append(" ").append(c.child().unitName()).append(" kỳ ").append(c.child().period())
                    .append(": ").append(child).append(" ghi ").append(c.child().display()).append(", ").append(parent)
                    .append(" ghi ").append(c.parent().display()).append(";"));
            m.setLength(m.length() - 1);
            throw new LinkRefusedException(m + ". Hãy sửa cho thống nhất rồi liên kết lại; chưa lưu gì.");
        }
        for (LinkValueStore.Clash c : clashes) {
            values.delete(c.child().id());
            audit.record("DELETE", "data_value", c.child().id(), c.child().unitId(), snapshot(c.child(), child), null,
                    "Gộp số liệu " + child + " của " + c.child().unitName() + " kỳ " + c.child().period() + " ("
                            + c.child().display() + ") vào số liệu bằng nhau của " + parent + " khi liên kết");
            changed(childId, c.child());
        }
        for (LinkValueStore.Value v : values.move(childId, measure)) {
            audit.record("UPDATE", "data_value", v.id(), v.unitId(), snapshot(v, child), snapshot(v, parent),
                    "Chuyển số liệu " + child + " của " + v.unitName() + " kỳ " + v.period() + " (" + v.display()
                            + ") thành số liệu chung với " + parent + " khi liên kết");
            changed(childId, v);
            changed(measure, v);
        }
    }

    /** Copies the shared values of the child's units back to the child, before its link is removed. */
    void separate(long childId, String child, String why) {
        for (LinkValueStore.Value v : values.copyBack(childId, actor.actor())) {
            audit.record("CREATE", "data_value", v.id(), v.unitId(), null, snapshot(v, child),
                    "Chép lại số liệu " + child + " của " + v.unitName() + " kỳ " + v.period() + " (" + v.display() + ") " + why);
            changed(childId, v);
        }
    }

    private void changed(long indicatorId, LinkValueStore.Value v) {
        events.publishEvent(new DataValueChanged(indicatorId, v.unitId(), v.period()));
    }

    private static Map<String, Object> snapshot(LinkValueStore.Value v, String indicator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("orgUnit", v.unitName());
        m.put("period", v.period());
        m.put("value", v.value());
        m.put("text", v.text());
        m.put("comment", v.comment());
        m.put("version", v.version());
        return m;
    }
}
