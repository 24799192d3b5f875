package vn.tiendo.reportingschedule;

import java.time.LocalDate;
import vn.tiendo.programme.Period;

/**
 * Thời gian chốt số liệu of a periodic report (Nghị định 09/2019/NĐ-CP, Điều 12): a quarter from the 15th of the
 * month before it to the 14th of its last month; the first half-year 15/12 → 14/6, the second 15/6 → 14/12; a year
 * 15/12 of the year before → 14/12. Điều 12 gives no nine-month window; the nine months (9 tháng) take 15/12 of the
 * year before → 14/9, as provinces that order a 9-month report set it (Khánh Hòa) and as the pattern of the article
 * gives (from the 15th of the month before the first month to the 14th of the last month).
 */
public record CutOffWindow(LocalDate start, LocalDate end) {

    public static CutOffWindow of(Period period) {
        int y = period.year();
        return switch (period.type()) {
            case YEAR -> new CutOffWindow(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14));
            case HALF_YEAR -> period.number() == 1
                    ? new CutOffWindow(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 6, 14))
                    : new CutOffWindow(LocalDate.of(y, 6, 15), LocalDate.of(y, 12, 14));
            case NINE_MONTHS -> new CutOffWindow(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 9, 14));
            case QUARTER -> {
                LocalDate firstMonth = LocalDate.of(y, 3 * period.number() - 2, 15);
                yield new CutOffWindow(firstMonth.minusMonths(1), LocalDate.of(y, 3 * period.number(), 14));
            }
        };
    }
}
