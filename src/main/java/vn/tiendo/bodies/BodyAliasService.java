package vn.tiendo.bodies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The alias table as administrators edit it (/quan-tri/co-quan): map a name found in a province's or
 * commune's documents to one of its bodies, to a new body, or to no body in particular; remove an alias.
 * One name never maps to two bodies in one place. Every change is audited, and the programmes of that
 * place are resolved again ({@link BodiesChanged} lets their occurrences be planned again).
 */
@Service
public class BodyAliasService {

    private final BodyStore store;
    private final OrgUnitRepository units;
    private final ProgrammeBodies programmes;
    private final AuditLog audit;
    private final AuditContext context;
    private final ApplicationEventPublisher events;

    public BodyAliasService(BodyStore store, OrgUnitRepository units, ProgrammeBodies programmes, AuditLog audit,
                            AuditContext context, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.programmes = programmes;
        this.audit = audit;
        this.context = context;
        this.events = events;
    }

    /** What a name is mapped to: an existing body (bodyId), a new body (newBodyName), or no body (both null). */
    public record Target(Long bodyId, String newBodyName) {
    }

    @Transactional(readOnly = true)
    public List<BodyAlias> aliases() {
        return store.aliases();
    }

    @Transactional(readOnly = true)
    public List<BodyStore.Unmapped> unmapped() {
        return store.unmapped();
    }

    @Transactional(readOnly = true)
    public Optional<BodyAlias> alias(long id) {
        return store.alias(id);
    }

    /** The bodies directly under a unit, to map a name to. */
    @Transactional(readOnly = true)
    public List<OrgUnit> bodiesUnder(long unitId) {
        return units.children(unitId).stream().filter(u -> u.level() == OrgUnit.Level.BODY).toList();
    }

    /** Maps a name written in the unit's documents; refused when the name already stands for another body there. */
    @Transactional
    public long map(long scopeUnitId, String name, Target target) {
        OrgUnit scope = units.findById(scopeUnitId).orElseThrow(() -> new BodyAliasRefusedException("Không có đơn vị này."));
        String key = BodyNames.key(name);
        if (key.isBlank()) {
            throw new BodyAliasRefusedException("Tên cơ quan: chưa nhập tên cần ánh xạ.");
        }
        Long bodyId = bodyOf(scope, target);
        refuseSecondBody(scope, name, key, bodyId);
        BodyAlias.Kind kind = bodyId == null ? BodyAlias.Kind.NOT_A_BODY : BodyAlias.Kind.BODY;
        long id = store.insertAlias(scope.id(), name.strip(), key, kind, bodyId, context.actor());
        BodyAlias saved = store.alias(id).orElseThrow();
        audit.record("CREATE", "body_alias", id, scope.id(), null, view(saved),
                "Ánh xạ tên \"" + name.strip() + "\" tại " + scope.fullName() + ": " + saved.target());
        reresolve(scope.id());
        return id;
    }

    /** Removes an alias; the names it mapped are resolved again (and may be left to map). */
    @Transactional
    public void remove(long aliasId) {
        BodyAlias a = store.alias(aliasId).orElseThrow(() -> new BodyAliasRefusedException("Không có bí danh này."));
        store.deleteAlias(aliasId);
        audit.record("DELETE", "body_alias", aliasId, a.scopeUnitId(), view(a), null,
                "Xóa ánh xạ tên \"" + a.alias() + "\"" + (a.scopeName() == null ? "" : " tại " + a.scopeName()));
        reresolve(a.scopeUnitId());
    }

    private Long bodyOf(OrgUnit scope, Target target) {
        if (target.bodyId() != null) {
            OrgUnit body = units.findById(target.bodyId()).filter(b -> b.level() == OrgUnit.Level.BODY
                    && scope.id() == (b.parentId() == null ? -1 : b.parentId())).orElseThrow(() ->
                    new BodyAliasRefusedException("Cơ quan đã chọn không thuộc " + scope.fullName() + "."));
            return body.id();
        }
        if (target.newBodyName() == null || target.newBodyName().isBlank()) {
            return null;
        }
        String display = BodyNames.display(target.newBodyName());
        return store.bodyNamed(scope.id(), display).orElseGet(() -> {
            OrgUnit created = units.findOrCreateBody(scope.id(), display);
            audit.record("CREATE", "org_unit", created.id(), created.id(), null,
                    Map.of("full_name", display, "level", "BODY", "parent_id", scope.id()), "Tạo cơ quan \"" + display + "\"");
            return created.id();
        });
    }

    /** One name, one body: refused when the key already maps, or is the name of, another body in that place. */
    private void refuseSecondBody(OrgUnit scope, String name, String key, Long bodyId) {
        Optional<BodyAlias> existing = store.scopedAlias(scope.id(), key);
        if (existing.isPresent()) {
            throw new BodyAliasRefusedException("Tên \"" + name.strip() + "\" đã được ánh xạ tới " + existing.get().target()
                    + " tại " + scope.fullName() + ". Một tên chỉ ứng với một cơ quan: xóa ánh xạ cũ trước khi ánh xạ lại.");
        }
        for (OrgUnit b : bodiesUnder(scope.id())) {
            if (BodyNames.key(b.fullName()).equals(key) && !Long.valueOf(b.id()).equals(bodyId)) {
                throw new BodyAliasRefusedException("Tên \"" + name.strip() + "\" là tên của cơ quan \"" + b.fullName()
                        + "\" tại " + scope.fullName() + "; không thể ánh xạ tên này tới cơ quan khác.");
            }
        }
    }

    private void reresolve(Long scopeUnitId) {
        List<Long> ids = new ArrayList<>(store.programmesOwnedBy(scopeUnitId));
        ids.forEach(programmes::resolve);
        events.publishEvent(new BodiesChanged(ids));
    }

    private static Map<String, Object> view(BodyAlias a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alias", a.alias());
        m.put("key", a.key());
        m.put("scope", a.scopeName());
        m.put("kind", a.kind().name());
        m.put("body", a.bodyName());
        return m;
    }
}
