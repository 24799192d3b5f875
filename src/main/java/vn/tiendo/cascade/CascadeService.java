package vn.tiendo.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Deriving commune plans (kế hoạch cấp xã) from a provincial programme: one draft per commune, indicators copied
 * without targets (baselines from the commune's reported values), tasks with bodies mapped, every item linked to its
 * parent (origin DERIVED), all communes in one transaction. Editing and issuing the draft: {@link DraftService}.
 */
@Service
public class CascadeService {

    private final CascadeStore store;
    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final BodyMappingService mapping;
    private final AuditLog audit;
    private final AuditContext actor;

    public CascadeService(CascadeStore store, ProgrammeService programmes, OrgUnitRepository units, BodyMappingService mapping,
                          AuditLog audit, AuditContext actor) {
        this.store = store;
        this.programmes = programmes;
        this.units = units;
        this.mapping = mapping;
        this.audit = audit;
        this.actor = actor;
    }

    /** What a derivation made: the new drafts (commune code → programme id) and the communes that had one already. */
    public record Derived(Map<String, Long> drafts, Map<String, Long> existing) {
    }

    /**
     * Derives the draft plan of one commune.
     *
     * @throws DraftExistsException    when the commune has a plan derived from this programme already
     * @throws CascadeRefusedException for a unit that is not a commune of the programme's province, or a programme
     *                                 that is not an issued provincial one
     */
    @Transactional
    public long derive(long parentId, String unitCode) {
        CascadeStore.Header parent = parent(parentId);
        OrgUnit commune = units.findByCode(unitCode == null ? "" : unitCode.strip()).orElseThrow(() ->
                new CascadeRefusedException("Không có đơn vị hành chính mã " + unitCode + "."));
        if (commune.level() != OrgUnit.Level.COMMUNE || !units.isWithin(commune.id(), parent.unitId())) {
            throw new CascadeRefusedException(commune.fullName() + " (mã " + commune.code() + ") không phải xã, phường, đặc khu của "
                    + parent.unitName() + "; không tạo kế hoạch từ văn bản " + parent.number() + ".");
        }
        for (CascadeStore.Header h : store.derivedFrom(parentId)) {
            if (h.unitId() == commune.id()) {
                throw exists(parent, commune.fullName(), h);
            }
        }
        return create(parent, List.of(commune)).values().iterator().next();
    }

    /** Derives the drafts of every commune of the province that has none yet, in one transaction. */
    @Transactional
    public Derived deriveAll(long parentId) {
        CascadeStore.Header parent = parent(parentId);
        Map<Long, CascadeStore.Header> done = new LinkedHashMap<>();
        store.derivedFrom(parentId).forEach(h -> done.put(h.unitId(), h));
        List<OrgUnit> todo = new ArrayList<>();
        Map<String, Long> existing = new LinkedHashMap<>();
        for (OrgUnit c : units.within(parent.unitId(), OrgUnit.Level.COMMUNE)) {
            if (done.containsKey(c.id())) {
                existing.put(c.code(), done.get(c.id()).id());
            } else {
                todo.add(c);
            }
        }
        return new Derived(todo.isEmpty() ? Map.of() : create(parent, todo), existing);
    }

    /** Plans derived from the programme (drafts and issued). */
    public List<CascadeStore.Header> derived(long parentId) {
        return store.derivedFrom(parentId);
    }

    private CascadeStore.Header parent(long parentId) {
        CascadeStore.Header parent = store.lockHeader(parentId).orElseThrow(() ->
                new CascadeRefusedException("Không có văn bản mã " + parentId + "."));
        if (!"PROVINCE".equals(parent.level()) || parent.draft()) {
            throw new CascadeRefusedException("Văn bản " + parent.number() + " không phải chương trình cấp tỉnh đã ban hành;"
                    + " chỉ tạo kế hoạch cấp xã từ chương trình của tỉnh, thành phố.");
        }
        return parent;
    }

    private static DraftExistsException exists(CascadeStore.Header parent, String communeName, CascadeStore.Header h) {
        return new DraftExistsException(communeName + " đã có kế hoạch tạo từ văn bản " + parent.number()
                + (h.draft() ? " (dự thảo" : " (đã ban hành, số " + h.number()) + ", mã " + h.id() + "); mở /chuong-trinh/"
                + h.id() + "/du-thao thay vì tạo lại.", h.id());
    }

    private Map<String, Long> create(CascadeStore.Header parent, List<OrgUnit> communes) {
        ProgrammeDocument doc = programmes.export(parent.id());
        String who = actor.actor();
        Map<String, Long> ids = new LinkedHashMap<>();
        try {
            for (OrgUnit c : communes) {
                ids.put(c.code(), store.insertDraft("Dự thảo KH-" + c.code() + " theo " + parent.number(), "Ban Thường vụ Đảng ủy "
                                + c.fullName(), "Kế hoạch thực hiện " + (doc.document().kind() == null ? "văn bản" : doc.document().kind())
                                + " số " + parent.number() + " của " + parent.unitName(),
                        c.id(), c.level().name(), parent.number(), parent.id(), who));
            }
        } catch (DuplicateKeyException e) {
            throw new CascadeRefusedException("Một xã vừa được tạo kế hoạch từ văn bản " + parent.number()
                    + " bởi người khác; hãy mở danh sách kế hoạch cấp xã.");
        }
        Long[] childIds = ids.values().toArray(Long[]::new);
        copyContent(parent.id(), doc, childIds);
        store.linkDerived(parent.id(), childIds, who);
        for (OrgUnit c : communes) {
            long id = ids.get(c.code());
            store.prefillBaselines(parent.id(), id, c.id());
            audit.record("DERIVE", "programme", id, c.id(), null, Map.of("parent", parent.number(), "indicators", doc.indicatorCount(),
                    "tasks", doc.tasks().size()), "Tạo dự thảo kế hoạch của " + c.fullName() + " từ văn bản " + parent.number());
        }
        return ids;
    }

    private void copyContent(long parentId, ProgrammeDocument doc, Long[] childIds) {
        BodyMap map = mapping.map();
        store.copyIndicators(parentId, childIds);
        List<Indicator> all = new ArrayList<>();
        doc.indicators().forEach(i -> {
            all.add(i);
            all.addAll(i.children());
        });
        for (Indicator i : all) {
            if (!i.trackedBy().isEmpty() && i.trackedBy().stream().anyMatch(map::maps)) {
                store.setTrackedBy(childIds, i.code(), map.apply(i.trackedBy()));
            }
        }
        int ordinal = 0;
        for (Task t : doc.tasks()) {
            store.copyTask(childIds, new Task(t.code(), t.group(), t.title(), map.apply(t.lead()), t.leadInferred(),
                    map.apply(t.coordinating()), t.timeframe(), t.deliverable(), t.note(), t.fromProse(), t.sourceLine()), ordinal++);
        }
    }
}
