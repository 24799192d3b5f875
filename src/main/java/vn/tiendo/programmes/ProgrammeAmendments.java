package vn.tiendo.programmes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.reader.ProgrammeJson;

/**
 * Sửa đổi, bổ sung: a later document amends an issued programme. The amendment becomes a new version of the same
 * programme — saved through {@link ProgrammeService}'s replacement (indicators and tasks matched by code, then name,
 * keep their ids and so their values, reports, approvals and links; reported data is never dropped without the
 * listed, confirmed and audited {@link ReplacementPlan}) — while the content before it is kept as programme JSON, and
 * the yearly targets it changes or drops for years before its effective year stay in force for those years.
 */
@Service
public class ProgrammeAmendments {

    /** The amending document: its number, date of issue, and the first year its targets are in force. */
    public record Amendment(String number, LocalDate issuedOn, int effectiveFrom) {
    }

    private final ProgrammeService programmes;
    private final ProgrammeStore store;
    private final ProgrammeVersionStore versions;
    private final AuditLog audit;
    private final AuditContext actor;

    public ProgrammeAmendments(ProgrammeService programmes, ProgrammeStore store, ProgrammeVersionStore versions, AuditLog audit,
                               AuditContext actor) {
        this.programmes = programmes;
        this.store = store;
        this.versions = versions;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Applies {@code doc} (the programme as amended, same number and unit) as a new version; returns its number.
     *
     * @param confirmedLosses as for {@link ProgrammeService#save(ProgrammeDocument, String, boolean, String)}
     * @throws ProgrammeConflictException  when there is no such programme to amend, or the amendment is incomplete
     * @throws ReplacementRefusedException when the amendment would drop reported data not exactly confirmed
     */
    @Transactional
    public int amend(ProgrammeDocument doc, Amendment amendment, String sourceName, String confirmedLosses) {
        check(amendment);
        OrgUnit unit = programmes.resolveUnit(doc.document() == null ? null : doc.document().orgUnit()).orElseThrow(() ->
                new ProgrammeConflictException("Không xác định được đơn vị ban hành văn bản được sửa đổi."));
        long id = store.lockByUnitAndNumber(unit.id(), doc.document().number()).orElseThrow(() -> new ProgrammeConflictException(
                "Chưa có văn bản " + doc.document().number() + " của " + unit.fullName() + " để sửa đổi, bổ sung; hãy nạp văn bản gốc trước."));
        String before = ProgrammeJson.write(store.export(id).orElseThrow());
        List<ProgrammeVersionStore.YearTarget> oldTargets = versions.yearTargets(id);
        programmes.save(doc, sourceName, true, confirmedLosses);
        int versionNo = versions.nextVersionNo(id);
        long versionId = versions.insertVersion(id, versionNo, amendment.number().strip(), amendment.issuedOn(), amendment.effectiveFrom(),
                before, actor.actor());
        int kept = keepTargetsInForce(id, oldTargets, amendment.effectiveFrom(), versionId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", versionNo);
        after.put("amendingNumber", amendment.number());
        after.put("effectiveFrom", amendment.effectiveFrom());
        after.put("targetsKeptForEarlierYears", kept);
        audit.record("AMEND", "programme", id, unit.id(), null, after, "Sửa đổi, bổ sung văn bản " + doc.document().number()
                + " theo văn bản " + amendment.number() + " (phiên bản " + versionNo + ", hiệu lực từ năm " + amendment.effectiveFrom() + ")");
        return versionNo;
    }

    /** Every version: 1 is the programme as first issued, each later one an amendment. */
    public List<ProgrammeVersionStore.Version> versions(long programmeId) {
        return versions.versions(programmeId);
    }

    /** The content of one version: the stored programme for the latest, the kept programme JSON for earlier ones. */
    @Transactional(readOnly = true)
    public ProgrammeDocument version(long programmeId, int versionNo) {
        int latest = versions.versions(programmeId).stream().mapToInt(ProgrammeVersionStore.Version::versionNo).max().orElse(1);
        if (versionNo == latest) {
            return store.export(programmeId).orElseThrow(() -> new ProgrammeNotFoundException("Không có chương trình mã " + programmeId + "."));
        }
        return versions.contentBefore(programmeId, versionNo).map(ProgrammeJson::read).orElseThrow(() ->
                new ProgrammeNotFoundException("Chương trình mã " + programmeId + " không có phiên bản " + versionNo + "."));
    }

    private static void check(Amendment a) {
        if (a == null || a.number() == null || a.number().isBlank()) {
            throw new ProgrammeConflictException("Thiếu số hiệu văn bản sửa đổi, bổ sung (ví dụ 12-CTr/TU).");
        }
        if (a.effectiveFrom() < 2000 || a.effectiveFrom() > 2100) {
            throw new ProgrammeConflictException("Năm có hiệu lực " + a.effectiveFrom() + " của văn bản sửa đổi không hợp lệ.");
        }
    }

    /** Old yearly targets of continuing indicators, for years before {@code effectiveFrom}, that the amendment changed or dropped. */
    private int keepTargetsInForce(long id, List<ProgrammeVersionStore.YearTarget> old, int effectiveFrom, long versionId) {
        Map<String, ProgrammeVersionStore.YearTarget> now = new HashMap<>();
        versions.yearTargets(id).forEach(t -> now.put(key(t), t));
        java.util.Set<Long> continuing = new java.util.HashSet<>(store.indicators(id).stream().map(i -> i.id()).toList());
        int kept = 0;
        for (ProgrammeVersionStore.YearTarget t : old) {
            ProgrammeVersionStore.YearTarget n = now.get(key(t));
            boolean changed = n == null || !Objects.equals(n.text(), t.text()) || !Objects.equals(n.comparator(), t.comparator())
                    || (n.value() == null ? t.value() != null : t.value() == null || n.value().compareTo(t.value()) != 0);
            if (changed && Integer.parseInt(t.period()) < effectiveFrom && continuing.contains(t.indicatorId())) {
                versions.keepBefore(t, versionId);
                kept++;
            }
        }
        return kept;
    }

    private static String key(ProgrammeVersionStore.YearTarget t) {
        return t.indicatorId() + "|" + t.orgUnitId() + "|" + t.period();
    }
}
