package vn.tiendo.dataapproval;

import java.time.LocalDate;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeSummary;

/** Which report: programme, reporting unit, period of the schedule, with the unit's deadline and the cut-off date. */
public record ReportTarget(ProgrammeSummary programme, OrgUnit unit, Period period, LocalDate deadline, LocalDate cutOff) {

    /** "báo cáo kỳ 2026S1 của Xã Bình Lư (chương trình 05-CTr/TU)" */
    public String label() {
        return "báo cáo kỳ " + period.code() + " của " + unit.fullName() + " (chương trình " + programme.number() + ")";
    }
}
