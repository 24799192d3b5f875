package vn.tiendo.reportingschedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;

/** Cut-off windows of Nghị định 09/2019/NĐ-CP, Điều 12, and deadlines in working days around weekends, Tết and holidays. */
class ReportingCalendarTest {

    final PublicHolidays holidays = PublicHolidays.official();

    @Test
    void cutOffWindowsFollowArticle12() {
        assertThat(CutOffWindow.of(Period.parse("2026"))).isEqualTo(new CutOffWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
        assertThat(CutOffWindow.of(Period.parse("2026S1"))).isEqualTo(new CutOffWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
        assertThat(CutOffWindow.of(Period.parse("2026S2"))).isEqualTo(new CutOffWindow(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14)));
        assertThat(CutOffWindow.of(Period.parse("2026Q1"))).isEqualTo(new CutOffWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)));
        assertThat(CutOffWindow.of(Period.parse("2026Q3"))).isEqualTo(new CutOffWindow(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14)));
    }

    @Test
    void tetAndHolidaysAreNotWorkingDays() {
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();   // mùng 1 Tết Bính Ngọ
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();    // back to work after the 9 days off
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();   // Giỗ Tổ on a Sunday: day off in lieu
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse();   // mùng 1 Tết Ất Tỵ
        assertThat(holidays.isWorkingDay(LocalDate.of(2030, 2, 3))).isFalse();    // mùng 1 Tết Canh Tuất (expected)
        assertThat(holidays.holiday(LocalDate.of(2026, 9, 2))).isEqualTo("Quốc khánh");
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 6, 13))).isFalse();   // Saturday
    }

    @Test
    void deadlinesCountWorkingDaysAfterTheCutOff() {
        assertThat(holidays.addWorkingDays(LocalDate.of(2026, 6, 14), 2)).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(holidays.addWorkingDays(LocalDate.of(2026, 2, 12), 2)).isEqualTo(LocalDate.of(2026, 2, 23));   // over Tết
        assertThat(holidays.addWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));    // 30/4, 1/5, weekend
        assertThat(holidays.workingDaysBetween(LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 15))).isEqualTo(1);
        assertThat(holidays.workingDaysBetween(LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 14))).isZero();
    }

    @Test
    void theDefaultScheduleIsHalfYearsAndYearsWithCommunesBeforeProvinces() {
        ReportingSchedule s = new ReportingSchedule(1, ReportingSchedule.defaults(), Map.of());
        assertThat(s.has(Period.parse("2026S1"))).isTrue();
        assertThat(s.has(Period.parse("2026"))).isTrue();
        assertThat(s.has(Period.parse("2026Q3"))).isFalse();
        assertThat(s.deadline(Period.parse("2026S1"), OrgUnit.Level.COMMUNE, holidays)).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(s.deadline(Period.parse("2026S1"), OrgUnit.Level.PROVINCE, holidays)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(s.deadline(Period.parse("2026"), OrgUnit.Level.COMMUNE, holidays)).isEqualTo(LocalDate.of(2026, 12, 16));
        ReportingSchedule explicit = new ReportingSchedule(1, List.of(new ReportingSchedule.Rule(Period.Type.YEAR, true, 1, 3)),
                Map.of("2026", Map.of(OrgUnit.Level.COMMUNE, LocalDate.of(2026, 12, 18))));
        assertThat(explicit.deadline(Period.parse("2026"), OrgUnit.Level.COMMUNE, holidays)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(explicit.deadline(Period.parse("2026"), OrgUnit.Level.PROVINCE, holidays)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(explicit.enabledLabels()).isEqualTo("năm");
    }
}
