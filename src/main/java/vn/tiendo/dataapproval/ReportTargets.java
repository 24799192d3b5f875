package vn.tiendo.dataapproval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.reportingschedule.CutOffWindow;
import vn.tiendo.reportingschedule.ReportingSchedule;
import vn.tiendo.reportingschedule.ScheduleService;

/** Resolves programme id, unit code and period code into a {@link ReportTarget}, refusing what the schedule does not have. */
@Component
public class ReportTargets {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntrySheets sheets;
    private final ScheduleService schedules;
    private final ReportStore store;

    public ReportTargets(EntrySheets sheets, ScheduleService schedules, ReportStore store) {
        this.sheets = sheets;
        this.schedules = schedules;
        this.store = store;
    }

    public ReportTarget resolve(long programmeId, String unitCode, String periodCode) {
        ProgrammeSummary programme = sheets.programme(programmeId);
        OrgUnit unit = sheets.unit(unitCode);
        Period period = schedules.period(programmeId, periodCode);
        if (!store.reports(programmeId, unit.id())) {
            throw new ReportRefusedException(unit.fullName() + " không phải đơn vị báo cáo của chương trình " + programme.number()
                    + " (chỉ tỉnh, xã thuộc " + programme.orgUnitName() + " báo cáo).");
        }
        return new ReportTarget(programme, unit, period, schedules.deadline(programmeId, period, unit.level()),
                CutOffWindow.of(period).end());
    }

    /** The programme, a parent unit and the period, for completeness. */
    public ReportTarget parent(long programmeId, String unitCode, String periodCode) {
        ProgrammeSummary programme = sheets.programme(programmeId);
        OrgUnit unit = sheets.unit(unitCode);
        Period period = schedules.period(programmeId, periodCode);
        return new ReportTarget(programme, unit, period, null, CutOffWindow.of(period).end());
    }

    public ReportingSchedule schedule(long programmeId) {
        return schedules.schedule(programmeId);
    }

    public LocalDate deadline(long programmeId, Period period, OrgUnit.Level level) {
        return schedules.deadline(programmeId, period, level);
    }

    /** True when a submission at {@code submittedAt} met the deadline (the whole deadline day counts, Vietnam time). */
    public static boolean onTime(Instant submittedAt, LocalDate deadline) {
        return !submittedAt.atZone(VIETNAM).toLocalDate().isAfter(deadline);
    }

    static Instant now(Clock clock) {
        return clock.instant();
    }
}
