package vn.tiendo.programme;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (kỳ báo cáo): a year, a half-year, a quarter, or the nine months from January to September
 * (báo cáo 9 tháng). Codes follow DHIS2: "2026", "2026S1", "2026Q4"; DHIS2 has no nine-month type, so it has its own
 * code "2026N9" (N9: nine months, cumulative from 1 January; never mistaken for Q3, which is July–September).
 * Milestone years (2030, 2035, 2045) are plain years.
 */
public record Period(int year, Type type, int number) implements Comparable<Period> {

    /** Period type (loại kỳ). */
    public enum Type { YEAR, HALF_YEAR, QUARTER, /** 9 tháng: 1 January – 30 September, cumulative */ NINE_MONTHS }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:(Q)([1-4])|(S)([12])|(N9))?");

    public Period {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("Năm không hợp lệ: " + year);
        }
        int max = switch (type) {
            case YEAR, NINE_MONTHS -> 0;
            case HALF_YEAR -> 2;
            case QUARTER -> 4;
        };
        if (max == 0 ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException("Kỳ không hợp lệ: " + type + " " + number);
        }
    }

    public static Period year(int year) {
        return new Period(year, Type.YEAR, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Type.QUARTER, quarter);
    }

    public static Period halfYear(int year, int half) {
        return new Period(year, Type.HALF_YEAR, half);
    }

    /** The nine months January–September of a year (báo cáo 9 tháng), code "2026N9". */
    public static Period nineMonths(int year) {
        return new Period(year, Type.NINE_MONTHS, 0);
    }

    /** Parses a DHIS2-style code: "2026", "2026Q1", "2026S2", or "2026N9" for the nine months. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Mã kỳ không hợp lệ: \"" + code + "\" (dùng 2026, 2026Q1, 2026S1 hoặc 2026N9)");
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return quarter(y, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return halfYear(y, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            return nineMonths(y);
        }
        return year(y);
    }

    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF_YEAR -> year + "S" + number;
            case QUARTER -> year + "Q" + number;
            case NINE_MONTHS -> year + "N9";
        };
    }

    /** Vietnamese label: "Năm 2026", "6 tháng đầu năm 2026", "Quý I/2026". */
    public String label() {
        return switch (type) {
            case YEAR -> "Năm " + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case QUARTER -> "Quý " + new String[] {"I", "II", "III", "IV"}[number - 1] + "/" + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
        };
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR, NINE_MONTHS -> LocalDate.of(year, 1, 1);
            case HALF_YEAR -> LocalDate.of(year, number == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case HALF_YEAR -> number == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
        };
    }

    public boolean isMilestone() {
        return type == Type.YEAR && TrackingPeriod.RESOLUTION_71.isMilestone(year);
    }

    @Override
    public int compareTo(Period o) {
        int c = end().compareTo(o.end());
        return c != 0 ? c : start().compareTo(o.start());
    }

    @Override
    public String toString() {
        return code();
    }
}
