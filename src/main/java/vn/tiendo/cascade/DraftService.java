package vn.tiendo.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeStore;
import vn.tiendo.programmes.ReplacementPlan;

/**
 * A derived draft plan between derivation and issue: edited in the browser (targets per year, baseline, dropping an
 * item) or by round-tripping its programme JSON, then issued with number, date and signer; a draft whose parent
 * indicators have numeric targets left without any target is refused with the list. After issue it is tracked like
 * any programme. Every change is one transaction, optimistic on the programme's version, and audited.
 */
@Service
public class DraftService {

    private final CascadeStore store;
    private final ProgrammeStore programmeStore;
    private final ProgrammeService programmes;
    private final AuditLog audit;

    public DraftService(CascadeStore store, ProgrammeStore programmeStore, ProgrammeService programmes, AuditLog audit) {
        this.store = store;
        this.programmeStore = programmeStore;
        this.programmes = programmes;
        this.audit = audit;
    }

    public Optional<CascadeStore.Header> header(long id) {
        return store.header(id);
    }

    /** The draft as programme JSON's document (what the editor and the JSON download show). */
    public ProgrammeDocument document(long id) {
        return programmes.export(id);
    }

    /** The editor's indicator lines, in document order, with the parent's targets of the linked indicator. */
    public List<DraftRow> rows(long id) {
        CascadeStore.Header h = store.header(id).orElseThrow(() -> new CascadeRefusedException("Không có dự thảo mã " + id + "."));
        Long parentId = h.derivedFrom() != null ? h.derivedFrom() : h.parentId();
        Map<String, vn.tiendo.programme.Indicator> parents = new java.util.HashMap<>();
        if (parentId != null) {
            flat(programmes.export(parentId).indicators()).forEach(i -> parents.put(i.code(), i));
        }
        Map<String, String> links = parentId == null ? Map.of() : store.linkedCodes(id, parentId);
        List<DraftRow> rows = new ArrayList<>();
        for (vn.tiendo.programme.Indicator i : programmes.export(id).indicators()) {
            rows.add(row(i, false, parents.get(codeOf(links.get("i:" + i.code())))));
            i.children().forEach(c -> rows.add(row(c, true, parents.get(codeOf(links.get("i:" + c.code()))))));
        }
        return rows;
    }

    private static String codeOf(String linked) {
        return linked == null ? null : linked.substring(2);
    }

    private static List<vn.tiendo.programme.Indicator> flat(List<vn.tiendo.programme.Indicator> list) {
        List<vn.tiendo.programme.Indicator> out = new ArrayList<>();
        list.forEach(i -> {
            out.add(i);
            out.addAll(i.children());
        });
        return out;
    }

    private static DraftRow row(vn.tiendo.programme.Indicator i, boolean child, vn.tiendo.programme.Indicator parent) {
        Map<Integer, String> mine = new java.util.TreeMap<>();
        i.targets().forEach(t -> mine.put(t.year(), t.text()));
        Map<Integer, String> theirs = new java.util.TreeMap<>();
        if (parent != null) {
            parent.targets().forEach(t -> theirs.put(t.year(), t.text()));
        }
        return new DraftRow(i.code(), i.name(), i.unit(), child, i.baseline() == null ? "" : i.baseline().text(), theirs, mine);
    }

    /** Indicator codes whose numeric parent targets still have no commune target, as "code name". */
    public List<String> missingTargets(long id) {
        return store.missingTargets(id).stream().map(r -> r[0] + " " + r[1]).toList();
    }

    /** Saves one editor form: drops first, then baselines and targets. */
    @Transactional
    public void save(long id, DraftEdit edit) {
        CascadeStore.Header h = draft(id, edit.version());
        Map<String, Long> indicators = store.indicatorIds(id);
        Map<String, Long> tasks = store.taskIds(id);
        for (String code : edit.dropIndicators()) {
            long ind = known(indicators, code, "chỉ tiêu");
            requireNoReports(ind, -1, "chỉ tiêu " + code);
            store.unlinkIndicatorTree(ind);
            programmeStore.deleteIndicators(List.of(ind));
        }
        for (String code : edit.dropTasks()) {
            long task = known(tasks, code, "nhiệm vụ");
            requireNoReports(-1, task, "nhiệm vụ " + code);
            store.unlinkTask(task);
            programmeStore.deleteTasks(List.of(task));
        }
        edit.baselines().forEach((code, text) -> {
            if (!edit.dropIndicators().contains(code)) {
                long ind = known(indicators, code, "chỉ tiêu");
                store.setBaseline(ind, text.isBlank() ? null : 2025, text.isBlank() ? null : text.strip(),
                        text.isBlank() ? null : TargetText.number(text, "Chỉ tiêu " + code + ", số liệu năm 2025"));
            }
        });
        edit.targets().forEach((code, years) -> {
            if (!edit.dropIndicators().contains(code)) {
                List<Target> targets = new ArrayList<>();
                years.forEach((year, text) -> {
                    if (text != null && !text.isBlank()) {
                        targets.add(TargetText.parse(year, text, "Chỉ tiêu " + code));
                    }
                });
                targets.sort(java.util.Comparator.comparingInt(Target::year));
                programmeStore.writeTargets(known(indicators, code, "chỉ tiêu"), h.unitId(), targets);
            }
        });
        audit.record("UPDATE", "programme", id, h.unitId(), null, Map.of("targets", edit.targets(), "baselines", edit.baselines(),
                "droppedIndicators", edit.dropIndicators(), "droppedTasks", edit.dropTasks()), "Sửa dự thảo kế hoạch " + h.number());
    }

    /**
     * Replaces the draft's content with an edited programme JSON (same number and unit): items matched by code keep
     * their ids and links, items left out are unlinked and dropped.
     */
    @Transactional
    public void replace(long id, ProgrammeDocument doc) {
        CascadeStore.Header h = draft(id, store.header(id).map(CascadeStore.Header::version).orElse(-1));
        if (doc.document() == null || !h.number().equals(doc.document().number())) {
            throw new CascadeRefusedException("Tệp JSON phải giữ số hiệu \"" + h.number() + "\" của dự thảo (đổi số khi ban hành).");
        }
        ReplacementPlan plan = programmes.planReplacement(doc).orElseThrow(() ->
                new CascadeRefusedException("Tệp JSON phải giữ đơn vị " + h.unitName() + " (mã " + h.unitCode() + ") của dự thảo."));
        if (plan.programmeId() != id) {
            throw new CascadeRefusedException("Tệp JSON là của văn bản khác (mã " + plan.programmeId() + "), không phải dự thảo " + id + ".");
        }
        plan.removedIndicators().forEach(l -> store.unlinkIndicatorTree(l.id()));
        plan.removedTasks().forEach(l -> store.unlinkTask(l.id()));
        try {
            programmes.save(doc, "programme JSON", true);
        } catch (vn.tiendo.programmes.ProgrammeConflictException e) {
            throw new CascadeRefusedException("Không nạp được tệp JSON vào dự thảo: " + e.getMessage());
        }
    }

    /**
     * Issues the draft.
     *
     * @throws CascadeRefusedException for a missing number, date or signer, a number the unit uses already, unfilled
     *                                 mandatory targets (listed), or a draft changed or issued meanwhile
     */
    @Transactional
    public void issue(long id, int version, String number, LocalDate date, String signer) {
        CascadeStore.Header h = draft(id, version);
        List<String> problems = new ArrayList<>();
        if (number == null || number.isBlank()) {
            problems.add("chưa có số hiệu");
        } else if (store.numberTaken(h.unitId(), number.strip(), id)) {
            problems.add("số hiệu " + number.strip() + " đã dùng cho văn bản khác của " + h.unitName());
        }
        if (date == null) {
            problems.add("chưa có ngày ban hành");
        }
        if (signer == null || signer.isBlank()) {
            problems.add("chưa có người ký");
        }
        List<String> missing = missingTargets(id);
        if (!missing.isEmpty()) {
            problems.add("chưa có chỉ tiêu của xã cho: " + String.join("; ", missing));
        }
        if (!problems.isEmpty()) {
            throw new CascadeRefusedException("Không ban hành được kế hoạch của " + h.unitName() + ": " + String.join("; ", problems) + ".");
        }
        if (store.issue(id, version + 1, number.strip(), date, signer.strip()) == 0) {
            throw stale(h);
        }
        audit.record("ISSUE", "programme", id, h.unitId(), Map.of("number", h.number(), "status", "DRAFT"),
                Map.of("number", number.strip(), "date", date.toString(), "signer", signer.strip(), "status", "ISSUED"),
                "Ban hành kế hoạch " + number.strip() + " của " + h.unitName());
    }

    private CascadeStore.Header draft(long id, int version) {
        CascadeStore.Header h = store.header(id).orElseThrow(() -> new CascadeRefusedException("Không có dự thảo mã " + id + "."));
        if (!h.draft()) {
            throw new CascadeRefusedException("Kế hoạch " + h.number() + " của " + h.unitName() + " đã ban hành; không sửa như dự thảo.");
        }
        if (store.touch(id, version) == 0) {
            throw stale(h);
        }
        return h;
    }

    private static CascadeRefusedException stale(CascadeStore.Header h) {
        return new CascadeRefusedException("Dự thảo kế hoạch của " + h.unitName() + " vừa được người khác sửa hoặc ban hành; hãy tải lại trang.");
    }

    private static long known(Map<String, Long> ids, String code, String what) {
        Long id = ids.get(code);
        if (id == null) {
            throw new CascadeRefusedException("Dự thảo không có " + what + " mã " + code + ".");
        }
        return id;
    }

    private void requireNoReports(long indicatorId, long taskId, String what) {
        if (store.reportedRows(indicatorId, taskId) > 0) {
            throw new CascadeRefusedException("Không bỏ " + what + ": đã có số liệu báo cáo.");
        }
    }
}
