package vn.tiendo.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.NumberInputException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.TaskReport;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Saves task progress reports (báo cáo tiến độ nhiệm vụ) under the same rules as actual values:
 * all or nothing, every refusal named, optimistic locking, audited in the same transaction.
 * A unit reports on the tasks of programmes owned by it or by a unit above it.
 */
@Service
public class TaskReportService {

    private final TaskReportRepository reports;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final AuditContext actor;
    private final AccessPolicy access;
    private final ReportLocks locks;

    public TaskReportService(TaskReportRepository reports, OrgUnitRepository units, AuditLog audit, AuditContext actor,
                             AccessPolicy access, ReportLocks locks) {
        this.locks = locks;
        this.reports = reports;
        this.units = units;
        this.audit = audit;
        this.actor = actor;
        this.access = access;
    }

    /** Returns the number of reports created or changed. */
    @Transactional
    public int save(List<TaskProgressInput> inputs) {
        List<EntryError> errors = new ArrayList<>();
        List<TaskReport> clean = new ArrayList<>();
        List<TaskProgressInput> accepted = new ArrayList<>();
        for (TaskProgressInput in : inputs) {
            access.require(AccessPolicy.Permission.REPORT, in.orgUnitId());
            check(in, errors).ifPresent(r -> {
                clean.add(r);
                accepted.add(in);
            });
        }
        if (!errors.isEmpty()) {
            throw new EntryRejectedException(errors);
        }
        locks.requireOpen(accepted.stream().map(in -> new ReportLocks.Key(reports.line(in.taskId(), in.orgUnitId(), in.period())
                .orElseThrow().programmeId(), in.orgUnitId(), in.period().code())).collect(java.util.stream.Collectors.toSet()));
        int changed = 0;
        List<StaleValueException.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            OptimisticSave.Outcome<TaskReport> o = OptimisticSave.save(accepted.get(i).expected(), accepted.get(i).field(),
                    "báo cáo nhiệm vụ", rows(clean.get(i)));
            if (o.result() == OptimisticSave.Result.CONFLICT) {
                conflicts.add(o.conflict());
            } else if (o.changed()) {
                record(o.before(), o.after());
                changed++;
            }
        }
        if (!conflicts.isEmpty()) {
            throw new StaleValueException(conflicts);
        }
        return changed;
    }

    private Optional<TaskReport> check(TaskProgressInput in, List<EntryError> errors) {
        int before = errors.size();
        Optional<TaskLine> task = reports.line(in.taskId(), in.orgUnitId(), in.period());
        OrgUnit unit = units.findById(in.orgUnitId()).orElse(null);
        if (task.isEmpty() || unit == null) {
            errors.add(new EntryError(in.field(), task.isEmpty() ? "không có nhiệm vụ mã nội bộ " + in.taskId() : "không có đơn vị"));
            return Optional.empty();
        }
        if (!units.isWithin(unit.id(), task.get().ownerUnitId())) {
            errors.add(new EntryError(in.field(), unit.fullName() + " không thuộc đơn vị ban hành chương trình nên không báo cáo nhiệm vụ này"));
        }
        TaskReport.Status status = status(in.status());
        if (status == null) {
            errors.add(new EntryError(in.field(), "tình trạng \"" + in.status() + "\" không hợp lệ; chọn Chưa triển khai, Đang thực hiện,"
                    + " Hoàn thành hoặc Chậm tiến độ"));
        }
        Integer progress = null;
        if (in.progress() != null && !in.progress().isBlank()) {
            try {
                BigDecimal p = VietnameseNumber.parse(in.progress(), VietnameseNumber.Policy.OFFICER);
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.stripTrailingZeros().scale() > 0) {
                    errors.add(new EntryError(in.field(), "tiến độ phải là số nguyên từ 0 đến 100 (%), đã nhập " + in.progress().strip()));
                } else {
                    progress = p.intValue();
                }
            } catch (NumberInputException e) {
                errors.add(new EntryError(in.field(), "tiến độ: " + e.getMessage()));
            }
        }
        if (status == TaskReport.Status.DONE && progress != null && progress != 100) {
            errors.add(new EntryError(in.field(), "đã chọn \"Hoàn thành\" thì tiến độ phải là 100%"));
        }
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TaskReport(in.taskId(), in.orgUnitId(), in.period(), status,
                status == TaskReport.Status.DONE ? Integer.valueOf(100) : progress, note, 0, actor.actor(), null));
    }

    static TaskReport.Status status(String s) {
        if (s == null) {
            return null;
        }
        for (TaskReport.Status st : TaskReport.Status.values()) {
            if (st.name().equalsIgnoreCase(s.strip()) || st.label().equalsIgnoreCase(s.strip())) {
                return st;
            }
        }
        return null;
    }

    /** The report row of {@code wanted}'s task, unit and period, to be set to {@code wanted}. */
    private OptimisticSave.Rows<TaskReport> rows(TaskReport wanted) {
        return new OptimisticSave.Rows<>() {
            @Override
            public Optional<TaskReport> current() {
                return reports.find(wanted.taskId(), wanted.orgUnitId(), wanted.period());
            }

            @Override
            public Optional<TaskReport> insert() {
                return reports.insert(wanted);
            }

            @Override
            public Optional<TaskReport> update(TaskReport current) {
                return reports.update(wanted, current.version());
            }

            @Override
            public boolean holdsWanted(TaskReport stored) {
                return same(stored, wanted);
            }

            @Override
            public OptimisticSave.Stamp stamp(TaskReport stored) {
                return new OptimisticSave.Stamp(stored.reportedBy(), stored.reportedAt(), stored.version());
            }
        };
    }

    private static boolean same(TaskReport a, TaskReport b) {
        return a.status() == b.status() && Objects.equals(a.progressPercent(), b.progressPercent()) && Objects.equals(a.note(), b.note());
    }

    private void record(TaskReport before, TaskReport after) {
        audit.record(before == null ? "CREATE" : "UPDATE", "task_report", after.taskId() + "/" + after.orgUnitId() + "/" + after.period(),
                after.orgUnitId(), before == null ? null : snapshot(before), snapshot(after),
                "Báo cáo tiến độ nhiệm vụ mã " + after.taskId() + " kỳ " + after.period() + ": " + after.status().label()
                        + (after.progressPercent() == null ? "" : " " + after.progressPercent() + "%"));
    }

    private static Map<String, Object> snapshot(TaskReport r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("status", r.status().name());
        m.put("progress", r.progressPercent());
        m.put("note", r.note());
        m.put("version", r.version());
        return m;
    }
}
