package vn.tiendo.link;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * Links of a child plan's indicators and tasks to its parent programme's (docs/cascade.md, "Links"): the
 * proposal, storing every confident proposal at once, and the officer's decisions on the side-by-side page.
 * Only the programme owners of the child's unit change links; every change is audited; a batch of decisions is
 * stored whole or not at all (optimistic locking by the link's version).
 */
@Service
public class LinkService {

    private final LinkStore store;
    private final ProgrammeService programmes;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final AuditContext actor;
    private final Clock clock;
    private final SharedValues shared;

    public LinkService(LinkStore store, ProgrammeService programmes, AccessPolicy access, AuditLog audit,
                       AuditContext actor, Clock clock, SharedValues shared) {
        this.shared = shared;
        this.store = store;
        this.programmes = programmes;
        this.access = access;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The proposal and the stored links, after checking that {@code parentId} is the child's parent programme. */
    @Transactional(readOnly = true)
    public LinkView view(long childId, long parentId) {
        ProgrammeSummary child = summary(childId);
        ProgrammeSummary parent = summary(parentId);
        access.require(Permission.VIEW, child.orgUnitId());
        ProgrammeDocument childDoc = programmes.export(childId);
        ProgrammeDocument parentDoc = programmes.export(parentId);
        ParentRelation.refusal(side(child, childDoc), side(parent, parentDoc)).ifPresent(reason -> {
            throw new LinkRefusedException(reason);
        });
        Map<String, StoredLink> stored = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            store.linksOf(childId, kind).forEach(l -> stored.put(LinkView.key(kind, l.childCode()), l));
        }
        return new LinkView(childId, child.number(), child.orgUnitName(), child.orgUnitId(), parentId, parent.number(),
                parent.orgUnitName(), new LinkProposer().propose(childDoc, parentDoc), stored,
                LinkProposer.items(parentDoc, LinkKind.INDICATOR), LinkProposer.items(parentDoc, LinkKind.TASK));
    }

    /** The parent programme of a child (programme.parent_id), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> parentOf(long childId) {
        return java.util.Optional.ofNullable(summary(childId).parentId());
    }

    /**
     * Stores every proposal at or above {@link LinkProposer#CONFIRM_THRESHOLD} whose child has no stored link yet
     * (an officer's earlier decision is kept), origin CONFIRMED, each audited. Returns how many were stored.
     */
    @Transactional
    public int confirmProposal(long childId, long parentId) {
        LinkView view = view(childId, parentId);
        access.require(Permission.MANAGE, view.childUnitId());
        List<LinkDecision> decisions = new ArrayList<>();
        for (ProposedLink link : view.proposal().links()) {
            if (link.confirmable() && !view.stored().containsKey(LinkView.key(link.kind(), link.child().code()))) {
                decisions.add(new LinkDecision(link.kind(), link.child().code(), link.parent().code(), null));
            }
        }
        return apply(view, decisions);
    }

    /**
     * Stores the officer's decisions in one transaction: confirm or correct (a parent code), reject or unlink
     * (null). Refused whole, with a Vietnamese message, when another officer changed one of these links first.
     */
    @Transactional
    public int decide(long childId, long parentId, List<LinkDecision> decisions) {
        LinkView view = view(childId, parentId);
        access.require(Permission.MANAGE, view.childUnitId());
        return apply(view, decisions);
    }

    private int apply(LinkView view, List<LinkDecision> decisions) {
        Map<LinkKind, Map<String, Long>> childIds = ids(view.childId());
        Map<LinkKind, Map<String, Long>> parentIds = ids(view.parentId());
        Map<String, Double> proposed = new LinkedHashMap<>();
        view.proposal().links().stream().filter(l -> l.parent() != null).forEach(l ->
                proposed.put(LinkView.key(l.kind(), l.child().code()) + " " + l.parent().code(), l.confidence()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (LinkDecision d : decisions) {
            String key = LinkView.key(d.kind(), d.childCode());
            Long child = childIds.get(d.kind()).get(d.childCode());
            if (child == null) {
                throw new LinkRefusedException("Văn bản " + view.childNumber() + " không có " + word(d.kind()) + " mã \""
                        + d.childCode() + "\".");
            }
            StoredLink before = view.stored().get(key);
            changed += change(view, d, child, before, parentIds, proposed.getOrDefault(key + " " + d.parentCode(), 1.0), now);
        }
        return changed;
    }

    private int change(LinkView view, LinkDecision d, long child, StoredLink before, Map<LinkKind, Map<String, Long>> parentIds,
                       double confidence, OffsetDateTime now) {
        Integer seen = d.expectedVersion();
        if (before != null && seen == null || before == null && seen != null
                || before != null && before.version() != seen) {
            throw conflict(view, d);
        }
        if (d.parentCode() == null) {
            if (before == null) {
                return 0;
            }
            if (d.kind() == LinkKind.INDICATOR) {
                shared.separate(child, label(d.childCode(), view.childNumber()), "khi bỏ liên kết với " + before.parentCode()
                        + " của " + view.parentNumber());
            }
            if (!store.delete(d.kind(), child, seen)) {
                throw conflict(view, d);
            }
            audit.record("DELETE", d.kind().json() + "_link", child, view.childUnitId(), before, null,
                    "Bỏ liên kết " + word(d.kind()) + " " + d.childCode() + " của " + view.childNumber() + " với "
                            + before.parentCode() + " của " + view.parentNumber());
            return 1;
        }
        Long parent = parentIds.get(d.kind()).get(d.parentCode());
        if (parent == null) {
            throw new LinkRefusedException("Văn bản " + view.parentNumber() + " không có " + word(d.kind()) + " mã \""
                    + d.parentCode() + "\" để liên kết với " + d.childCode() + ".");
        }
        if (before != null && before.parentId() == parent) {
            return 0;
        }
        if (d.kind() == LinkKind.INDICATOR) {
            if (before != null) {
                shared.separate(child, label(d.childCode(), view.childNumber()), "khi chuyển liên kết sang " + d.parentCode());
            }
            shared.join(child, label(d.childCode(), view.childNumber()), parent, label(d.parentCode(), view.parentNumber()));
        }
        String by = actor.actor();
        boolean ok = before == null ? store.insert(d.kind(), child, parent, confidence, "CONFIRMED", by, now)
                : store.update(d.kind(), child, parent, confidence, by, now, seen);
        if (!ok) {
            throw conflict(view, d);
        }
        Map<String, Object> after = Map.of("child", d.childCode(), "parent", d.parentCode(), "parentProgramme",
                view.parentNumber(), "confidence", confidence, "origin", "CONFIRMED");
        audit.record(before == null ? "CREATE" : "UPDATE", d.kind().json() + "_link", child, view.childUnitId(), before, after,
                "Liên kết " + word(d.kind()) + " " + d.childCode() + " của " + view.childNumber() + " với " + d.parentCode()
                        + " của " + view.parentNumber());
        return 1;
    }

    private static LinkConflictException conflict(LinkView view, LinkDecision d) {
        return new LinkConflictException("Liên kết của " + word(d.kind()) + " " + d.childCode() + " (văn bản "
                + view.childNumber() + ") vừa được người khác thay đổi; chưa lưu gì. Hãy tải lại trang để xem liên kết mới rồi quyết định lại.");
    }

    private static String label(String code, String number) {
        return "chỉ tiêu " + code + " (" + number + ")";
    }

    static String word(LinkKind kind) {
        return kind == LinkKind.TASK ? "nhiệm vụ" : "chỉ tiêu";
    }

    private Map<LinkKind, Map<String, Long>> ids(long programmeId) {
        Map<LinkKind, Map<String, Long>> out = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            out.put(kind, store.itemIds(programmeId, kind));
        }
        return out;
    }

    private ProgrammeSummary summary(long id) {
        return programmes.findSummary(id).orElseThrow(() -> new LinkRefusedException("Không có văn bản mã " + id + "."));
    }

    private static ParentRelation.Side side(ProgrammeSummary s, ProgrammeDocument doc) {
        return new ParentRelation.Side(s.id(), s.number(), s.orgUnitName(), s.parentId(), doc.document().implementsDocs());
    }
}
