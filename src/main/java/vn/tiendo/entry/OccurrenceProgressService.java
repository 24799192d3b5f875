package vn.tiendo.entry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.entry.OccurrenceReportStore.EvidenceFile;
import vn.tiendo.entry.OccurrenceReportStore.EvidenceInfo;
import vn.tiendo.entry.OccurrenceReportStore.Wanted;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.TaskWorkService;
import vn.tiendo.task.WorkItem.Reported;
import vn.tiendo.task.WorkItem;

/**
 * Progress reports on task occurrences (báo cáo tiến độ theo lần thực hiện) with their evidence files (minh chứng):
 * the report is the task_report row whose period is the occurrence key, saved all or nothing under optimistic locking
 * ({@link OptimisticSave}: two tabs → 409 naming who saved and when), every saved version kept in the history, evidence
 * checked by content and size and stored in the database with its SHA-256, the change audited. Only a user with REPORT on
 * the occurrence's responsible unit (or a unit above it) may report.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class OccurrenceProgressService {

    private final OccurrenceReportStore store;
    private final TaskWorkService work;
    private final AuditLog audit;
    private final AuditContext actor;
    private final AccessPolicy access;
    private final EvidenceProperties limits;
    private final ReportLocks locks;
    private final OrgUnitRepository units;

    public OccurrenceProgressService(OccurrenceReportStore store, TaskWorkService work, AuditLog audit, AuditContext actor,
                                     AccessPolicy access, EvidenceProperties limits, ReportLocks locks, OrgUnitRepository units) {
        this.locks = locks;
        this.units = units;
        this.store = store;
        this.work = work;
        this.audit = audit;
        this.actor = actor;
        this.access = access;
        this.limits = limits;
    }

    /** What a save did: whether the report changed, the report now and the evidence files added. */
    public record Saved(boolean changed, Reported report, List<EvidenceInfo> added) {
    }

    /** An occurrence as its page shows it: where it stands, its history and evidence. */
    public record Detail(WorkItem item, List<Reported> history, List<EvidenceInfo> evidence, boolean canReport) {
    }

    /** The occurrence with its history and evidence; the user needs VIEW on its unit. */
    @Transactional(readOnly = true)
    public Detail detail(long occurrenceId) {
        WorkItem item = occurrence(occurrenceId);
        access.require(AccessPolicy.Permission.VIEW, item.unitId());
        Reported r = item.report();
        return new Detail(item, r == null ? List.of() : store.history(r.id()), r == null ? List.of() : store.evidence(r.id()),
                access.can(AccessPolicy.Permission.REPORT, item.unitId()));
    }

    /** An evidence file; the user needs VIEW on the unit of its report. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long evidenceId) {
        EvidenceFile f = store.evidenceFile(evidenceId)
                .orElseThrow(() -> new EntryNotFoundException("Không có tệp minh chứng mã " + evidenceId + "."));
        access.require(AccessPolicy.Permission.VIEW, f.unitId());
        return f;
    }

    /** Saves the report, or refuses all of it: 403 out of scope, 422 with every error named, 409 when stale. */
    @Transactional
    public Saved save(OccurrenceProgressInput in) {
        WorkItem item = occurrence(in.occurrenceId());
        if (!access.can(AccessPolicy.Permission.REPORT, item.unitId())) {
            throw new AccessRefusedException("Bạn không có quyền báo cáo tiến độ nhiệm vụ " + item.taskCode() + " ("
                    + item.occurrence().period() + ") của " + item.unitLabel() + ": đơn vị này nằm ngoài phạm vi được giao báo cáo.");
        }
        List<EntryError> errors = new ArrayList<>();
        ProgressCheck.Checked checked = ProgressCheck.check(in, item, work.today(), errors);
        List<Checked> files = checkEvidence(in.evidence(), errors);
        if (!errors.isEmpty()) {
            throw new EntryRejectedException(errors);
        }
        locks.requireOpen(reportsCounting(item));
        Wanted wanted = new Wanted(item.taskId(), item.unitId(), item.occurrence().key(), checked.said().name(), checked.percent(),
                checked.completedOn(), checked.note(), actor.actor());
        OptimisticSave.Outcome<Reported> o = OptimisticSave.save(in.expected(), new Field("version", "Nhiệm vụ " + item.taskCode()),
                "báo cáo tiến độ kỳ " + item.occurrence().period(), rows(wanted, !files.isEmpty()));
        if (o.result() == OptimisticSave.Result.CONFLICT) {
            throw new StaleValueException(List.of(o.conflict()));
        }
        if (!o.changed()) {
            return new Saved(false, o.after(), List.of());
        }
        store.history(o.after());
        List<EvidenceInfo> added = new ArrayList<>();
        for (Checked f : files) {
            added.add(store.addEvidence(o.after().id(), o.after().version(), f.name(), f.type(), f.content(), f.sha256(), actor.actor()));
        }
        record(item, o.before(), o.after(), added);
        return new Saved(true, o.after(), added);
    }

    /**
     * The period reports in which this occurrence's progress counts (409 when one is approved): those of the unit
     * answering for it (a body's own unit above it) for every period containing its due date (year, half-year, quarter,
     * nine months), or for an ongoing occurrence the year it belongs to.
     */
    private Set<ReportLocks.Key> reportsCounting(WorkItem item) {
        long unitId = units.findById(item.unitId()).filter(u -> u.level() == OrgUnit.Level.BODY && u.parentId() != null)
                .map(OrgUnit::parentId).orElse(item.unitId());
        LocalDate due = item.occurrence().due();
        List<Period> periods = new ArrayList<>();
        if (due != null) {
            int y = due.getYear();
            periods.addAll(List.of(Period.year(y), Period.halfYear(y, due.getMonthValue() <= 6 ? 1 : 2),
                    Period.quarter(y, (due.getMonthValue() - 1) / 3 + 1)));
            if (due.getMonthValue() <= 9) {
                periods.add(Period.nineMonths(y));
            }
        } else if (item.occurrence().ongoing() && item.occurrence().key().matches("\\d{4}")) {
            periods.add(Period.parse(item.occurrence().key()));
        }
        Set<ReportLocks.Key> keys = new LinkedHashSet<>();
        periods.forEach(p -> keys.add(new ReportLocks.Key(item.programmeId(), unitId, p.code())));
        return keys;
    }

    private WorkItem occurrence(long occurrenceId) {
        return work.occurrence(occurrenceId)
                .orElseThrow(() -> new EntryNotFoundException("Không có lần thực hiện nhiệm vụ mã " + occurrenceId + "."));
    }

    /** A checked evidence file. */
    private record Checked(String name, EvidenceType type, byte[] content, String sha256) {
    }

    private List<Checked> checkEvidence(List<EvidenceUpload> uploads, List<EntryError> errors) {
        List<Checked> out = new ArrayList<>();
        if (uploads.size() > limits.maxFiles()) {
            errors.add(new EntryError(new Field("evidence", "Minh chứng"), "mỗi lần gửi tối đa " + limits.maxFiles() + " tệp"));
            return out;
        }
        for (int i = 0; i < uploads.size(); i++) {
            EvidenceUpload u = uploads.get(i);
            Field field = new Field("evidence[" + i + "]", "Minh chứng \"" + u.fileName() + "\"");
            Optional<EvidenceType> type = EvidenceType.of(u.content());
            if (u.content().length == 0) {
                errors.add(new EntryError(field, "tệp rỗng"));
            } else if (u.content().length > limits.maxSize().toBytes()) {
                errors.add(new EntryError(field, "tệp lớn " + megabytes(u.content().length) + ", vượt giới hạn " + limits.maxText()));
            } else if (type.isEmpty()) {
                errors.add(new EntryError(field, "nội dung tệp không phải PDF, Word, Excel hay ảnh (PNG, JPEG, GIF) nên không được nhận"
                        + " (loại tệp được xét theo nội dung, không theo tên)"));
            } else {
                out.add(new Checked(u.fileName(), type.get(), u.content(), sha256(u.content())));
            }
        }
        return out;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OptimisticSave.Rows<Reported> rows(Wanted w, boolean withEvidence) {
        return new OptimisticSave.Rows<>() {
            @Override
            public Optional<Reported> current() {
                return store.find(w.taskId(), w.unitId(), w.key());
            }

            @Override
            public Optional<Reported> insert() {
                return store.insert(w);
            }

            @Override
            public Optional<Reported> update(Reported current) {
                return store.update(w, current.id(), current.version());
            }

            @Override
            public boolean holdsWanted(Reported s) {
                return !withEvidence && s.status().equals(w.status()) && Objects.equals(s.percent(), w.percent())
                        && Objects.equals(s.completedOn(), w.completedOn()) && Objects.equals(s.note(), w.note());
            }

            @Override
            public OptimisticSave.Stamp stamp(Reported s) {
                return new OptimisticSave.Stamp(s.reportedBy(), s.reportedAt(), s.version());
            }
        };
    }

    private void record(WorkItem item, Reported before, Reported after, List<EvidenceInfo> added) {
        Map<String, Object> now = snapshot(after);
        now.put("evidence", added.stream().map(e -> Map.of("file", e.fileName(), "type", e.mediaType(), "bytes", e.sizeBytes(),
                "sha256", e.sha256())).toList());
        audit.record(before == null ? "CREATE" : "UPDATE", "task_report", after.id(), item.unitId(),
                before == null ? null : snapshot(before), now,
                "Báo cáo tiến độ nhiệm vụ " + item.taskCode() + " (" + item.occurrence().period() + ") của " + item.unitName() + ": "
                        + ProgressCheck.said(after.status()).label + " " + after.percent() + "%"
                        + (added.isEmpty() ? "" : ", " + added.size() + " tệp minh chứng"));
    }

    private static Map<String, Object> snapshot(Reported r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status());
        m.put("progress", r.percent());
        m.put("completedOn", r.completedOn() == null ? null : r.completedOn().toString());
        m.put("note", r.note());
        m.put("version", r.version());
        return m;
    }
}
