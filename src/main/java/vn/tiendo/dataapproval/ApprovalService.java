package vn.tiendo.dataapproval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.task.WorkItem;

/**
 * The reporting workflow (quy trình báo cáo): Nháp → Đã gửi → Đã duyệt or Trả lại; Mở khóa. Policy only: who may act
 * (REPORT on the unit to write and submit; APPROVE on a unit strictly above to approve, return, unlock or accept a
 * report as missing), which states allow what, the rules across levels, one audit record and notifications per
 * transition. SQL is in {@link ReportStore}; every transition locks the report row first.
 */
@Service
public class ApprovalService {

    private final ReportTargets targets;
    private final ReportStore store;
    private final EntrySheets sheets;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final vn.tiendo.audit.AuditContext actor;
    private final TransitionNotices notifications;
    private final Clock clock;
    private final ReportTasks tasks;

    public ApprovalService(ReportTargets targets, ReportStore store, EntrySheets sheets, AccessPolicy access, AuditLog audit,
                           TransitionNotices notifications, Clock clock, vn.tiendo.audit.AuditContext actor, ReportTasks tasks) {
        this.actor = actor;
        this.tasks = tasks;
        this.targets = targets;
        this.store = store;
        this.sheets = sheets;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The same service telling time by {@code other} (demo content dated in the past; tests that move time). */
    public ApprovalService at(Clock other) {
        return new ApprovalService(targets, store, sheets, access, audit, notifications, other, actor, tasks);
    }

    /** The report of a unit (VIEW on the unit); the programme's task occurrences are planned first when needed. */
    @Transactional
    public ReportView view(long programmeId, String unitCode, String period) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        access.require(Permission.VIEW, t.unit().id());
        return view(t, store.find(programmeId, t.unit().id(), t.period().code()).orElse(null));
    }

    @Transactional
    public ReportView saveNarrative(long programmeId, String unitCode, String period, Narrative narrative) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        access.require(Permission.REPORT, t.unit().id());
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        requireOpen(t, before);
        PeriodReport after = store.saveNarrative(before.id(), narrative, actor.actor());
        audit.record("UPDATE", "period_report", after.id(), t.unit().id(), snapshot(before), snapshot(after),
                "Sửa nội dung " + t.label());
        return view(t, after);
    }

    /** Gửi: lists what is missing; with something missing it is sent only with a reason. */
    @Transactional
    public ReportView submit(long programmeId, String unitCode, String period, String reason) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        access.require(Permission.REPORT, t.unit().id());
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (before.state() == ReportState.SUBMITTED) {
            throw new ReportConflictException("Báo cáo đã được gửi lúc " + Texts.when(before.submittedAt()) + " bởi "
                    + before.submittedBy() + "; không cần gửi lại.");
        }
        requireOpen(t, before);
        List<String> missing = missing(t, before, tasks.of(t));
        if (!missing.isEmpty() && blank(reason)) {
            throw new ReportRefusedException("Chưa gửi " + t.label() + ": còn thiếu " + String.join("; ", missing)
                    + ". Hãy bổ sung hoặc ghi lý do để gửi.", missing);
        }
        PeriodReport after = store.submit(before.id(), actor.actor(), now(), missing.isEmpty() ? null : reason.strip());
        transition("SUBMIT", t, before, after, "Gửi " + t.label() + (missing.isEmpty() ? "" : " (còn thiếu; lý do: " + reason.strip() + ")"));
        notifications.toApprovers("SUBMIT", t, after, actor.actor() + " đã gửi " + t.label() + ".");
        return view(t, after);
    }

    /** Duyệt: APPROVE strictly above; a submitted report; every report directly below approved or accepted as missing. */
    @Transactional
    public ReportView approve(long programmeId, String unitCode, String period) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        requireApproverAbove(t, "phê duyệt");
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (before.state() != ReportState.SUBMITTED) {
            throw new ReportConflictException("Không phê duyệt được " + t.label() + ": báo cáo " + stateText(before)
                    + "; chỉ phê duyệt báo cáo đã gửi.");
        }
        List<String> waiting = store.below(programmeId, t.unit().id(), t.period().code(), t.cutOff(), true).stream()
                .filter(u -> u.state() != ReportState.APPROVED && !u.acceptedMissing())
                .map(u -> u.fullName() + " (" + u.state().label() + ")").toList();
        if (!waiting.isEmpty()) {
            throw new ReportConflictException("Chưa phê duyệt được " + t.label() + ": còn " + waiting.size()
                    + " báo cáo cấp dưới chưa được duyệt hoặc chấp nhận thiếu: " + Texts.firstOf(waiting, 10) + ".");
        }
        PeriodReport after = store.approve(before.id(), actor.actor(), now());
        transition("APPROVE", t, before, after, "Phê duyệt " + t.label());
        notifications.toReporters("APPROVE", t, after, actor.actor() + " đã phê duyệt " + t.label() + ".");
        return view(t, after);
    }

    /** Trả lại: with a comment, back to the unit as an editable draft. */
    @Transactional
    public ReportView giveBack(long programmeId, String unitCode, String period, String comment) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        requireApproverAbove(t, "trả lại");
        if (blank(comment)) {
            throw new ReportRefusedException("Trả lại báo cáo cần ghi ý kiến (nêu điều cần sửa).");
        }
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (before.state() != ReportState.SUBMITTED) {
            throw new ReportConflictException("Không trả lại được " + t.label() + ": báo cáo " + stateText(before)
                    + "; chỉ trả lại báo cáo đã gửi.");
        }
        PeriodReport after = store.giveBack(before.id(), actor.actor(), now(), comment.strip());
        transition("RETURN", t, before, after, "Trả lại " + t.label() + ": " + comment.strip());
        notifications.toReporters("RETURN", t, after, actor.actor() + " đã trả lại " + t.label() + ": " + comment.strip());
        return view(t, after);
    }

    /** Mở khóa: the approver's level, a reason, and no approved report above. */
    @Transactional
    public ReportView unlock(long programmeId, String unitCode, String period, String reason) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        requireApproverAbove(t, "mở khóa");
        if (blank(reason)) {
            throw new ReportRefusedException("Mở khóa báo cáo cần ghi lý do.");
        }
        requireParentNotApproved(t, "mở khóa");
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (before.state() != ReportState.APPROVED) {
            throw new ReportConflictException("Không mở khóa được " + t.label() + ": báo cáo " + stateText(before) + ", chưa bị khóa.");
        }
        PeriodReport after = store.unlock(before.id(), actor.actor(), now(), reason.strip());
        transition("UNLOCK", t, before, after, "Mở khóa " + t.label() + ": " + reason.strip());
        notifications.toReporters("UNLOCK", t, after, actor.actor() + " đã mở khóa " + t.label() + ": " + reason.strip());
        return view(t, after);
    }

    /** Chấp nhận thiếu: the level above accepts that a report will not come, so the report above can be approved. */
    @Transactional
    public ReportView acceptMissing(long programmeId, String unitCode, String period, String reason) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        requireApproverAbove(t, "chấp nhận thiếu");
        if (blank(reason)) {
            throw new ReportRefusedException("Chấp nhận thiếu báo cáo cần ghi lý do.");
        }
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (!before.state().open() || before.acceptedMissing()) {
            throw new ReportConflictException("Không chấp nhận thiếu được " + t.label() + ": báo cáo "
                    + (before.acceptedMissing() ? "đã được chấp nhận thiếu" : stateText(before)) + ".");
        }
        PeriodReport after = store.acceptMissing(before.id(), actor.actor(), now(), reason.strip());
        transition("ACCEPT_MISSING", t, before, after, "Chấp nhận thiếu " + t.label() + ": " + reason.strip());
        notifications.toReporters("ACCEPT_MISSING", t, after, actor.actor() + " đã chấp nhận thiếu " + t.label() + ".");
        return view(t, after);
    }

    /**
     * Hủy chấp nhận thiếu: the level that accepted a report as missing (APPROVE on the unit above) takes it back, with a
     * reason; refused while the report above is approved, since its approval counted on the acceptance.
     */
    @Transactional
    public ReportView withdrawAcceptance(long programmeId, String unitCode, String period, String reason) {
        ReportTarget t = targets.resolve(programmeId, unitCode, period);
        requireApproverAbove(t, "hủy chấp nhận thiếu");
        if (blank(reason)) {
            throw new ReportRefusedException("Hủy chấp nhận thiếu báo cáo cần ghi lý do.");
        }
        requireParentNotApproved(t, "hủy chấp nhận thiếu");
        PeriodReport before = store.lockForUpdate(programmeId, t.unit().id(), t.period().code(), actor.actor());
        if (!before.acceptedMissing()) {
            throw new ReportConflictException("Không hủy chấp nhận thiếu được " + t.label() + ": báo cáo chưa được chấp nhận thiếu.");
        }
        PeriodReport after = store.withdrawAcceptance(before.id(), actor.actor(), now());
        transition("WITHDRAW_ACCEPT_MISSING", t, before, after, "Hủy chấp nhận thiếu " + t.label() + ": " + reason.strip());
        notifications.toReporters("WITHDRAW_ACCEPT_MISSING", t, after, actor.actor() + " đã hủy chấp nhận thiếu " + t.label() + ": " + reason.strip());
        return view(t, after);
    }

    /** Locks the report above (if any) and refuses when it is approved: what it counted on must not change under it. */
    private void requireParentNotApproved(ReportTarget t, String verb) {
        if (t.unit().parentId() == null) {
            return;
        }
        store.lockIfPresent(t.programme().id(), t.unit().parentId(), t.period().code())
                .filter(p -> p.state() == ReportState.APPROVED)
                .ifPresent(p -> {
                    throw new ReportConflictException("Không " + verb + " được " + t.label() + ": báo cáo của cấp trên đã được "
                            + p.approvedBy() + " phê duyệt lúc " + Texts.when(p.approvedAt()) + "; cần mở khóa báo cáo cấp trên trước.");
                });
    }

    private void requireApproverAbove(ReportTarget t, String verb) {
        OrgUnit unit = t.unit();
        if (unit.parentId() != null && access.can(Permission.APPROVE, unit.parentId())) {
            return;
        }
        if (access.can(Permission.APPROVE, unit.id())) {
            throw new AccessRefusedException("Không được tự " + verb + " báo cáo của đơn vị mình (" + unit.fullName()
                    + "): việc này do người có quyền phê duyệt ở cấp trên thực hiện.");
        }
        throw new AccessRefusedException("Bạn không có quyền " + verb + " báo cáo của " + unit.fullName()
                + ": cần quyền phê duyệt ở cấp trên của đơn vị này.");
    }

    private void requireOpen(ReportTarget t, PeriodReport r) {
        if (r.state() == ReportState.APPROVED) {
            throw new ReportConflictException(Texts.locked(t, r));
        }
        if (r.state() == ReportState.SUBMITTED) {
            throw new ReportConflictException(t.label() + " đã được " + r.submittedBy() + " gửi lúc " + Texts.when(r.submittedAt())
                    + " và đang chờ phê duyệt; không sửa được.");
        }
    }

    /** Indicators of the unit without a value, task occurrences due in the period without progress, empty sections. */
    List<String> missing(ReportTarget t, PeriodReport r, List<WorkItem> shownTasks) {
        EntrySheet sheet = sheets.build(t.programme().id(), t.unit().code(), t.period());
        List<String> missing = new ArrayList<>();
        for (EntrySheet.Row row : sheet.rows()) {
            if (row.current() == null) {
                missing.add("chỉ tiêu " + row.indicator().code() + " chưa có số liệu");
            }
        }
        missing.addAll(ReportTasks.missing(shownTasks, t.period()));
        Narrative n = r == null ? Narrative.EMPTY : r.narrative();
        n.emptySections().forEach(s -> missing.add("mục \"" + s + "\" còn trống"));
        return missing;
    }

    private ReportView view(ReportTarget t, PeriodReport r) {
        Boolean onTime = r == null || r.firstSubmittedAt() == null ? null : ReportTargets.onTime(r.firstSubmittedAt(), t.deadline());
        boolean canApprove = t.unit().parentId() != null && access.can(Permission.APPROVE, t.unit().parentId());
        List<WorkItem> shownTasks = tasks.of(t);
        return new ReportView(t, r, onTime, missing(t, r, shownTasks), shownTasks, r == null ? List.of() : store.history(r.id()),
                access.can(Permission.REPORT, t.unit().id()), canApprove);
    }

    private void transition(String action, ReportTarget t, PeriodReport before, PeriodReport after, String summary) {
        audit.record(action, "period_report", after.id(), t.unit().id(), snapshot(before), snapshot(after), summary);
    }

    private Instant now() {
        return clock.instant();
    }

    private static String stateText(PeriodReport r) {
        return switch (r.state()) {
            case DRAFT -> "chưa được gửi (đang là nháp)";
            case RETURNED -> "đã bị trả lại, chưa được gửi lại";
            case SUBMITTED -> "đã gửi, đang chờ phê duyệt";
            case APPROVED -> "đã được " + r.approvedBy() + " phê duyệt lúc " + Texts.when(r.approvedAt());
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Map<String, Object> snapshot(PeriodReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programmeId", r.programmeId());
        m.put("orgUnitId", r.orgUnitId());
        m.put("period", r.period());
        m.put("state", r.state().word());
        m.put("version", r.version());
        m.put("comment", r.comment());
        m.put("acceptedMissing", r.acceptedMissing());
        Function<Narrative, Object> text = n -> Narrative.HEADINGS.keySet().stream().map(n::section).toList();
        m.put("narrative", text.apply(r.narrative()));
        return m;
    }
}
