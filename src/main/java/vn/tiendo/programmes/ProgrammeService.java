package vn.tiendo.programmes;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Stored programmes (chương trình): saving an imported document under its unit, replacing it in place
 * without losing reported data unless that loss is confirmed, publishing, finding and exporting. Every
 * change is audited in the transaction that makes it. SQL lives in {@link ProgrammeStore}.
 */
@Service
public class ProgrammeService {

    private final ProgrammeStore store;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final AuditContext actor;
    private final ApplicationEventPublisher events;

    public ProgrammeService(ProgrammeStore store, OrgUnitRepository units, AuditLog audit, AuditContext actor,
                            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.actor = actor;
    }

    /** Finds the org unit a document belongs to, by official code, else by full or short name. */
    public Optional<OrgUnit> resolveUnit(OrgUnitRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.code() != null && !ref.code().isBlank()) {
            Optional<OrgUnit> byCode = units.findByCode(ref.code().trim());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (ref.name() == null || ref.name().isBlank()) {
            return Optional.empty();
        }
        List<OrgUnit> exact = units.findAdministrativeByName(ref.name().trim());
        return exact.size() == 1 || !exact.isEmpty() && exact.get(0).level() == OrgUnit.Level.PROVINCE
                ? Optional.of(exact.get(0)) : Optional.empty();
    }

    /**
     * Saves a programme and returns its id. Replacing never deletes reported data silently: see
     * {@link #save(ProgrammeDocument, String, boolean, String)}; this form confirms no loss.
     */
    public long save(ProgrammeDocument doc, String sourceName, boolean replace) {
        return save(doc, sourceName, replace, null);
    }

    /**
     * Saves a programme in one transaction and returns its id. The creator is the current actor.
     *
     * @param replace         when true an existing programme with the same number and unit is updated in place:
     *                        same id; indicators and tasks matched by code or name keep their reported data
     * @param confirmedLosses {@link ReplacementPlan#lossesKey()} of the plan the officer saw and accepted, or null
     * @throws ProgrammeConflictException  when the number is missing, the unit unknown, or the number taken
     * @throws ReplacementRefusedException when replacing would delete reported data not exactly confirmed
     */
    @Transactional
    public long save(ProgrammeDocument doc, String sourceName, boolean replace, String confirmedLosses) {
        DocumentInfo info = doc.document();
        OrgUnit unit = unitOf(info);
        Optional<Long> existing = store.lockByUnitAndNumber(unit.id(), info.number());
        if (existing.isEmpty()) {
            return create(doc, unit, sourceName);
        }
        if (!replace) {
            throw new ProgrammeConflictException("Đã có văn bản " + info.number() + " của " + unit.fullName()
                    + "; dùng tùy chọn thay thế nếu muốn nạp lại.");
        }
        ReplacementPlan plan = plan(existing.get(), doc);
        if (plan.losesReportedData() && !plan.lossesKey().equals(confirmedLosses)) {
            throw new ReplacementRefusedException(plan);
        }
        return replace(plan, doc, unit, sourceName);
    }

    /**
     * What replacing the stored programme with {@code doc} would keep and remove; empty when there is no
     * stored programme with its number and unit (saving would create one).
     */
    @Transactional(readOnly = true)
    public Optional<ReplacementPlan> planReplacement(ProgrammeDocument doc) {
        OrgUnit unit = unitOf(doc.document());
        return store.findByUnitAndNumber(unit.id(), doc.document().number()).map(id -> plan(id, doc));
    }

    private OrgUnit unitOf(DocumentInfo info) {
        if (info == null || info.number() == null || info.number().isBlank()) {
            throw new ProgrammeConflictException("Văn bản chưa có số hiệu (ví dụ 05-CTr/TU); không thể lưu.");
        }
        return resolveUnit(info.orgUnit()).orElseThrow(() -> new ProgrammeConflictException(
                "Không xác định được đơn vị ban hành văn bản " + info.number()
                        + (info.orgUnit() == null ? "" : " (\"" + info.orgUnit().name() + "\")")
                        + "; hãy ghi rõ mã đơn vị hành chính."));
    }

    private ReplacementPlan plan(long id, ProgrammeDocument doc) {
        return ReplacementPlan.of(id, doc, store.indicators(id), store.tasks(id), store.dataValueCounts(id),
                store.formulaCounts(id), store.taskReportCounts(id));
    }

    private long create(ProgrammeDocument doc, OrgUnit unit, String sourceName) {
        DocumentInfo info = doc.document();
        Long parent = store.findParent(info.implementsDocs(), unit.id()).orElse(null);
        long id = store.insertHeader(info, unit, parent, sourceName, actor.actor());
        writeContent(id, doc, unit, null, null);
        store.adoptChildren(id, unit.id(), info.number());
        audit.record("IMPORT", "programme", id, unit.id(), null, summaryOf(doc),
                "Nạp văn bản " + info.number() + (sourceName == null ? "" : " từ " + sourceName));
        return id;
    }

    private long replace(ReplacementPlan plan, ProgrammeDocument doc, OrgUnit unit, String sourceName) {
        long id = plan.programmeId();
        DocumentInfo info = doc.document();
        ProgrammeDocument before = store.export(id).orElseThrow();
        // listeners (links) act before the dropped items' reported data goes: a linked child keeps its shared values
        events.publishEvent(new ProgrammeItemsRemoving(id, info.number(), codes(plan.removedIndicators()), codes(plan.removedTasks())));
        dropReportedData(plan, unit);
        events.publishEvent(new ProgrammeTasksReplacing(id));
        store.parkCodes(id);
        store.updateHeader(id, info, unit, store.findParent(info.implementsDocs(), unit.id()).orElse(null), sourceName);
        writeContent(id, doc, unit, plan.indicatorIds().iterator(), plan.taskIds().iterator());
        store.deleteIndicators(plan.removedIndicators().stream().map(ReplacementPlan.Loss::id).toList());
        store.deleteTasks(plan.removedTasks().stream().map(ReplacementPlan.Loss::id).toList());
        store.adoptChildren(id, unit.id(), info.number());
        Map<String, Object> after = summaryOf(doc);
        after.put("removedIndicators", plan.removedIndicators().size());
        after.put("removedTasks", plan.removedTasks().size());
        audit.record("REPLACE", "programme", id, unit.id(), summaryOf(before), after,
                "Nạp lại văn bản " + info.number() + (sourceName == null ? "" : " từ " + sourceName));
        return id;
    }

    private static Map<Long, String> codes(List<ReplacementPlan.Loss> losses) {
        Map<Long, String> m = new LinkedHashMap<>();
        losses.forEach(l -> m.put(l.id(), l.code()));
        return m;
    }

    /** Writes indicators, targets, tasks and warnings; matched rows (ids from the plan) are updated in place. */
    private void writeContent(long id, ProgrammeDocument doc, OrgUnit unit, Iterator<Long> indicatorIds, Iterator<Long> taskIds) {
        int ordinal = 0;
        for (Indicator indicator : doc.indicators()) {
            long parentId = writeIndicator(id, null, indicator, unit.id(), ordinal++, indicatorIds);
            int c = 0;
            for (Indicator child : indicator.children()) {
                writeIndicator(id, parentId, child, unit.id(), c++, indicatorIds);
            }
        }
        ordinal = 0;
        for (Task task : doc.tasks()) {
            Long existing = taskIds == null ? null : taskIds.next();
            if (existing == null) {
                store.insertTask(id, task, ordinal++);
            } else {
                store.updateTask(existing, task, ordinal++);
            }
        }
        store.writeWarnings(id, doc.warnings());
    }

    private long writeIndicator(long programmeId, Long parentId, Indicator in, long unitId, int ordinal, Iterator<Long> ids) {
        Long existing = ids == null ? null : ids.next();
        long id;
        if (existing == null) {
            id = store.insertIndicator(programmeId, parentId, in, ordinal);
        } else {
            id = existing;
            store.updateIndicator(id, parentId, in, ordinal);
        }
        store.writeTargets(id, unitId, in.targets());
        return id;
    }

    /** Deletes, row by row and audited with the value before, the reported data of the rows the plan removes. */
    private void dropReportedData(ReplacementPlan plan, OrgUnit unit) {
        String why = " khi nạp lại văn bản " + plan.number() + " (đã xác nhận)";
        for (ReplacementPlan.Loss loss : plan.removedIndicators()) {
            for (Map<String, Object> row : store.deleteDataValues(loss.id())) {
                audit.record("DELETE", "data_value", row.get("id"), (Long) row.get("org_unit_id"), withIndicator(row, loss), null,
                        "Bỏ số liệu " + row.get("period") + " của chỉ tiêu " + loss.code() + why);
            }
            for (Map<String, Object> row : store.deleteFormulas(loss.id())) {
                audit.record("DELETE", "indicator_formula", row.get("indicator_id"), unit.id(), row, null,
                        "Bỏ công thức liên quan chỉ tiêu " + loss.code() + why);
            }
        }
        for (ReplacementPlan.Loss loss : plan.removedTasks()) {
            for (Map<String, Object> row : store.deleteTaskReports(loss.id())) {
                audit.record("DELETE", "task_report", row.get("id"), (Long) row.get("org_unit_id"), withIndicator(row, loss), null,
                        "Bỏ báo cáo tiến độ " + row.get("period") + " của nhiệm vụ " + loss.code() + why);
            }
        }
    }

    private static Map<String, Object> withIndicator(Map<String, Object> row, ReplacementPlan.Loss loss) {
        Map<String, Object> m = new LinkedHashMap<>(row);
        m.put(loss.kind() == ReplacementPlan.Kind.TASK ? "task_code" : "indicator_code", loss.code());
        m.put(loss.kind() == ReplacementPlan.Kind.TASK ? "task_title" : "indicator_name", loss.name());
        return m;
    }

    private static Map<String, Object> summaryOf(ProgrammeDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", doc.document().number());
        m.put("date", doc.document().date() == null ? null : doc.document().date().toString());
        m.put("indicators", doc.indicatorCount());
        m.put("targets", doc.targetCount());
        m.put("tasks", doc.tasks().size());
        return m;
    }

    public List<ProgrammeSummary> list() {
        return store.list();
    }

    /** Programmes owned by the unit or by units below it. */
    public List<ProgrammeSummary> listWithin(long orgUnitId) {
        return store.listWithin(orgUnitId);
    }

    public Optional<ProgrammeSummary> findSummary(long id) {
        return store.findSummary(id);
    }

    /**
     * Finds a programme by {@link ProgrammeKey}: id, number ("05-CTr/TU") or number and unit code ("05-CTr/TU@12").
     *
     * @throws ProgrammeConflictException when a bare number is used by several units
     */
    public Optional<Long> findId(String key) {
        ProgrammeKey k = ProgrammeKey.parse(key);
        if (k.id() != null) {
            return store.findById(k.id());
        }
        if (k.unitCode() != null) {
            return store.findByNumberAndUnitCode(k.number(), k.unitCode());
        }
        List<Long> ids = store.findByNumber(k.number());
        if (ids.size() > 1) {
            throw new ProgrammeConflictException("Có " + ids.size() + " văn bản số " + k.number() + "; ghi thêm mã đơn vị, ví dụ "
                    + k.number() + "@12.");
        }
        return ids.stream().findFirst();
    }

    /**
     * Reads a stored programme back as programme JSON (the export format).
     *
     * @throws ProgrammeNotFoundException when there is no programme with this id
     */
    public ProgrammeDocument export(long id) {
        return store.export(id).orElseThrow(() -> notFound(id));
    }

    /** Marks a programme as published (công khai) or not. */
    @Transactional
    public void setPublished(long id, boolean published) {
        ProgrammeSummary before = store.findSummary(id).orElseThrow(() -> notFound(id));
        store.setPublished(id, published);
        audit.record("UPDATE", "programme", id, before.orgUnitId(), Map.of("published", before.published()),
                Map.of("published", published), published ? "Công khai văn bản " + before.number() : "Thôi công khai văn bản " + before.number());
    }

    private static ProgrammeNotFoundException notFound(long id) {
        return new ProgrammeNotFoundException("Không có văn bản mã " + id + ".");
    }
}
