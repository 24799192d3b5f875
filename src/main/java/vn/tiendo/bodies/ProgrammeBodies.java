package vn.tiendo.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeTasksReplacing;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The bodies (cơ quan) of a programme's tasks: resolves every lead and coordinating name through
 * {@link BodyResolver}, stores the task ↔ body links and the names left to map, and creates (audited)
 * the bodies well-formed names call for.
 */
@Service
public class ProgrammeBodies {

    public static final String LEAD = "LEAD";
    public static final String COORDINATING = "COORDINATING";

    private final BodyStore store;
    private final OrgUnitRepository units;
    private final AuditLog audit;

    public ProgrammeBodies(BodyStore store, OrgUnitRepository units, AuditLog audit) {
        this.store = store;
        this.units = units;
        this.audit = audit;
    }

    /** Outcome of resolving one programme. */
    public record Summary(int links, int unresolved) {
    }

    /** Resolves (again) every name of the programme's tasks. */
    @Transactional
    public Summary resolve(long programmeId) {
        long ownerId = store.ownerUnitId(programmeId).orElseThrow(() ->
                new IllegalArgumentException("Không có văn bản mã " + programmeId + "."));
        OrgUnit owner = units.findById(ownerId).orElseThrow();
        List<OrgUnit> communes = owner.level() == OrgUnit.Level.PROVINCE ? units.childUnits(owner.id()).stream()
                .filter(u -> u.level() == OrgUnit.Level.COMMUNE).toList() : List.of();
        List<OrgUnit> bodiesUnder = units.children(owner.id()).stream().filter(u -> u.level() == OrgUnit.Level.BODY).toList();
        BodyResolver resolver = new BodyResolver(owner, store.aliasesFor(owner.id(), owner.level().name()), bodiesUnder,
                communes, this::body);
        List<BodyStore.Link> links = new ArrayList<>();
        for (BodyStore.TaskNames t : store.taskNames(programmeId)) {
            add(links, resolver, t.taskId(), LEAD, t.lead());
            add(links, resolver, t.taskId(), COORDINATING, t.coordinating());
        }
        store.replaceLinks(programmeId, owner.id(), links);
        int unresolved = (int) links.stream().filter(l -> l.bodyUnitId() == null).count();
        return new Summary(links.size() - unresolved, unresolved);
    }

    /** Resolves the programme's names unless already done since it was saved or replaced. */
    @Transactional
    public void ensureResolved(long programmeId) {
        if (!store.resolved(programmeId)) {
            resolve(programmeId);
        }
    }

    /** True when the programme's names were resolved since it was saved or replaced. */
    @Transactional(readOnly = true)
    public boolean resolved(long programmeId) {
        return store.resolved(programmeId);
    }

    /** The resolved lead bodies per task id (tasks whose lead resolved to nothing are absent). */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> leads(long programmeId) {
        return store.bodies(programmeId, LEAD);
    }

    /** Every link and unresolved name (bodyUnitId null) of the programme's tasks. */
    @Transactional(readOnly = true)
    public List<BodyStore.Link> links(long programmeId) {
        return store.links(programmeId);
    }

    /** A replaced programme's names are resolved again from its new rows. */
    @EventListener
    void onReplace(ProgrammeTasksReplacing event) {
        store.forgetResolved(event.programmeId());
    }

    private static void add(List<BodyStore.Link> links, BodyResolver resolver, long taskId, String role, List<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            BodyResolver.Resolution r = resolver.resolve(name);
            if (r.unresolved()) {
                links.add(new BodyStore.Link(taskId, role, name.strip(), null));
            }
            r.bodyIds().forEach(id -> links.add(new BodyStore.Link(taskId, role, name.strip(), id)));
        }
    }

    /** The body of this name under the unit, created (and audited) when missing. */
    private Long body(Long parentId, String fullName) {
        return store.bodyNamed(parentId, fullName).orElseGet(() -> {
            OrgUnit created = units.findOrCreateBody(parentId, fullName);
            audit.record("CREATE", "org_unit", created.id(), created.id(), null,
                    Map.of("full_name", fullName, "level", "BODY", "parent_id", parentId),
                    "Tạo cơ quan \"" + fullName + "\" từ tên trong văn bản");
            return created.id();
        });
    }
}
