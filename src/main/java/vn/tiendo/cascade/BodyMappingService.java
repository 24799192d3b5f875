package vn.tiendo.cascade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.bodies.BodyNames;

/**
 * The body mapping as administrators edit it (/quan-tri/anh-xa-co-quan): a provincial body (known from a provincial
 * programme's tasks, a body unit, an alias or the table itself) becomes one or more commune bodies (docs/cascade.md).
 * A row that would make a cycle, or name an unknown body, is refused; every change is audited.
 */
@Service
public class BodyMappingService {

    private final BodyMappingStore store;
    private final AuditLog audit;
    private final AuditContext actor;

    public BodyMappingService(BodyMappingStore store, AuditLog audit, AuditContext actor) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
    }

    public List<BodyMapping> all() {
        return store.all();
    }

    public BodyMap map() {
        return new BodyMap(store.all());
    }

    /**
     * Adds a row, or rewrites the row of the same provincial body (same key). {@code communeNames} is split on ";".
     *
     * @throws CascadeRefusedException for an empty or unknown name, a cycle, or a row changed by someone else
     */
    @Transactional
    public long save(String provinceName, String communeNames) {
        String from = clean(provinceName);
        List<String> to = split(communeNames);
        if (from.isEmpty() || to.isEmpty()) {
            throw new CascadeRefusedException("Ánh xạ cơ quan: cần tên cơ quan cấp tỉnh và ít nhất một cơ quan cấp xã.");
        }
        store.lock();
        List<BodyMapping> rows = store.all();
        Optional<BodyMapping> same = rows.stream().filter(r -> BodyNames.key(r.provinceName()).equals(BodyNames.key(from))).findFirst();
        List<BodyMapping> after = new ArrayList<>(rows);
        same.ifPresent(after::remove);
        after.add(0, new BodyMapping(0, from, to, 0));
        BodyMap.cycle(after).ifPresent(loop -> {
            throw new CascadeRefusedException("Ánh xạ cơ quan \"" + from + "\" tạo thành vòng lặp: " + String.join(" → ", loop)
                    + ". Không lưu.");
        });
        requireKnown(from, to, rows);
        if (same.isPresent()) {
            if (store.update(same.get().id(), same.get().version(), from, to) == 0) {
                throw new CascadeRefusedException("Ánh xạ cơ quan \"" + from + "\" vừa được người khác sửa; hãy tải lại trang.");
            }
            audit.record("UPDATE", "body_mapping", same.get().id(), null, same.get(), Map.of("provinceName", from, "communeNames", to),
                    "Sửa ánh xạ cơ quan " + from + " → " + String.join("; ", to));
            return same.get().id();
        }
        long id = store.insert(from, to, actor.actor());
        audit.record("CREATE", "body_mapping", id, null, null, Map.of("provinceName", from, "communeNames", to),
                "Thêm ánh xạ cơ quan " + from + " → " + String.join("; ", to));
        return id;
    }

    @Transactional
    public void remove(long id) {
        BodyMapping row = store.find(id).orElseThrow(() -> new CascadeRefusedException("Không có ánh xạ cơ quan mã " + id + "."));
        store.delete(id);
        audit.record("DELETE", "body_mapping", id, null, row, null, "Xóa ánh xạ cơ quan " + row.provinceName());
    }

    /** The provincial name must be a body the application has seen; each commune name must read as a body. */
    private void requireKnown(String from, List<String> to, List<BodyMapping> rows) {
        Set<String> known = store.knownNames("PROVINCE").stream().map(BodyNames::key).collect(Collectors.toSet());
        for (BodyMapping r : rows) {
            known.add(BodyNames.key(r.provinceName()));
            r.communeNames().forEach(n -> known.add(BodyNames.key(n)));
        }
        if (!known.contains(BodyNames.key(from))) {
            throw new CascadeRefusedException("Ánh xạ cơ quan: không biết cơ quan cấp tỉnh \"" + from
                    + "\" (không có trong văn bản nào của cấp tỉnh, danh mục cơ quan hay bảng bí danh).");
        }
        for (String name : to) {
            String key = BodyNames.key(name);
            if (!BodyNames.wellFormed(key) && !BodyNames.collective(key) && !known.contains(key)
                    && !BodyNames.wellFormed(BodyNames.key(name + " xã"))) {
                throw new CascadeRefusedException("Ánh xạ cơ quan \"" + from + "\": \"" + name
                        + "\" không phải tên một cơ quan cấp xã (ví dụ: UBND xã, Ban Xây dựng Đảng Đảng ủy).");
            }
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static List<String> split(String names) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : (names == null ? "" : names).split("[;\\n]")) {
            if (!clean(part).isEmpty()) {
                out.add(clean(part));
            }
        }
        return new ArrayList<>(out);
    }
}
