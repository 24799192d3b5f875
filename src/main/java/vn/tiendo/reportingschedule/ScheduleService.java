package vn.tiendo.reportingschedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;

/**
 * The reporting schedule of each programme (lịch báo cáo): periods, cut-off windows and deadlines per level.
 * Administrators (ADMIN or MANAGE on the owning unit) change it; every change is checked (commune before province,
 * at least one working day after the cut-off) and audited.
 */
@Service
public class ScheduleService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ScheduleStore store;
    private final ProgrammeService programmes;
    private final AuditLog audit;
    private final vn.tiendo.audit.AuditContext actor;
    private final AccessPolicy access;
    private final PublicHolidays holidays = PublicHolidays.official();

    public ScheduleService(ScheduleStore store, ProgrammeService programmes, AuditLog audit, AccessPolicy access,
                           vn.tiendo.audit.AuditContext actor) {
        this.actor = actor;
        this.store = store;
        this.programmes = programmes;
        this.audit = audit;
        this.access = access;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    public ReportingSchedule schedule(long programmeId) {
        List<ReportingSchedule.Rule> rules = store.rules(programmeId);
        return new ReportingSchedule(programmeId, rules.isEmpty() ? ReportingSchedule.defaults() : ReportingSchedule.complete(rules),
                store.deadlines(programmeId));
    }

    /** The period of a code the programme's schedule has; refused (400) otherwise, naming the periods it has. */
    public Period period(long programmeId, String code) {
        Period p;
        try {
            p = Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ScheduleRefusedException("Mã kỳ \"" + code + "\" không hợp lệ; dùng dạng 2026, 2026S1, 2026Q3 hoặc 2026N9 (9 tháng).");
        }
        ReportingSchedule s = schedule(programmeId);
        if (!s.has(p)) {
            throw new ScheduleRefusedException("Kỳ " + p.code() + " (" + p.label() + ") không có trong lịch báo cáo của chương trình "
                    + programme(programmeId).number() + "; lịch báo cáo gồm: " + s.enabledLabels() + ".");
        }
        return p;
    }

    public LocalDate deadline(long programmeId, Period period, OrgUnit.Level level) {
        return schedule(programmeId).deadline(period, level, holidays);
    }

    /** Replaces the rules of the programme's schedule. */
    @Transactional
    public void updateRules(long programmeId, List<ReportingSchedule.Rule> rules) {
        ProgrammeSummary p = programme(programmeId);
        access.require(AccessPolicy.Permission.MANAGE, p.orgUnitId());
        for (ReportingSchedule.Rule r : rules) {
            if (r.communeDays() < 1) {
                throw new ScheduleRefusedException("Lịch báo cáo kỳ " + r.label() + ": hạn nộp của cấp xã phải sau thời điểm chốt số liệu"
                        + " ít nhất 1 ngày làm việc (Nghị định 09/2019/NĐ-CP).");
            }
            if (r.provinceDays() <= r.communeDays()) {
                throw new ScheduleRefusedException("Lịch báo cáo kỳ " + r.label() + ": hạn nộp của cấp tỉnh (" + r.provinceDays()
                        + " ngày làm việc) phải sau hạn nộp của cấp xã (" + r.communeDays() + " ngày làm việc).");
            }
        }
        ReportingSchedule before = schedule(programmeId);
        store.saveRules(programmeId, rules, actor.actor());
        audit.record("UPDATE", "reporting_schedule", programmeId, p.orgUnitId(), describe(before.rules()), describe(rules),
                "Sửa lịch báo cáo của chương trình " + p.number());
    }

    /** Sets the deadline of one period and level; it must fall at least one working day after the cut-off. */
    @Transactional
    public void setDeadline(long programmeId, String periodCode, OrgUnit.Level level, LocalDate deadline) {
        ProgrammeSummary p = programme(programmeId);
        access.require(AccessPolicy.Permission.MANAGE, p.orgUnitId());
        Period period = period(programmeId, periodCode);
        OrgUnit.Level row = ReportingSchedule.rowLevel(level);
        LocalDate cutOff = CutOffWindow.of(period).end();
        if (holidays.workingDaysBetween(cutOff, deadline) < 1) {
            throw new ScheduleRefusedException("Hạn nộp " + DAY.format(deadline) + " của kỳ " + period.code()
                    + " phải sau thời điểm chốt số liệu " + DAY.format(cutOff) + " ít nhất 1 ngày làm việc (Nghị định 09/2019/NĐ-CP).");
        }
        ReportingSchedule s = schedule(programmeId);
        LocalDate other = s.deadline(period, row == OrgUnit.Level.COMMUNE ? OrgUnit.Level.PROVINCE : OrgUnit.Level.COMMUNE, holidays);
        if (row == OrgUnit.Level.COMMUNE ? !deadline.isBefore(other) : !deadline.isAfter(other)) {
            throw new ScheduleRefusedException("Hạn nộp của cấp xã phải trước hạn nộp của cấp tỉnh (kỳ " + period.code() + ": "
                    + (row == OrgUnit.Level.COMMUNE ? DAY.format(deadline) + " / " + DAY.format(other)
                    : DAY.format(other) + " / " + DAY.format(deadline)) + ").");
        }
        LocalDate before = s.deadline(period, row, holidays);
        store.saveDeadline(programmeId, period.code(), row, deadline, actor.actor());
        audit.record("UPDATE", "reporting_deadline", programmeId + "/" + period.code() + "/" + row, p.orgUnitId(),
                Map.of("deadline", before.toString()), Map.of("deadline", deadline.toString()),
                "Đặt hạn nộp kỳ " + period.code() + " cấp " + (row == OrgUnit.Level.COMMUNE ? "xã" : "tỉnh") + " của chương trình "
                        + p.number() + ": " + DAY.format(deadline));
    }

    private ProgrammeSummary programme(long programmeId) {
        return programmes.findSummary(programmeId)
                .orElseThrow(() -> new vn.tiendo.programmes.ProgrammeNotFoundException("Không có chương trình mã nội bộ " + programmeId + "."));
    }

    private static Map<String, Object> describe(List<ReportingSchedule.Rule> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ReportingSchedule.Rule r : rules) {
            m.put(r.type().name(), Map.of("enabled", r.enabled(), "communeDays", r.communeDays(), "provinceDays", r.provinceDays()));
        }
        return m;
    }
}
