package vn.tiendo.reportingschedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vietnamese public holidays (ngày nghỉ lễ, Tết) and weekends: which days are working days (ngày làm việc).
 * The holidays of 2025–2030 come from {@code reportingschedule/vn-public-holidays.txt}, which names its
 * sources (Bộ luật Lao động 2019, Điều 112, and the yearly announcements for Tết); outside those years only
 * Saturdays and Sundays are days off.
 */
public final class PublicHolidays {

    static final String RESOURCE = "/reportingschedule/vn-public-holidays.txt";

    private static final PublicHolidays OFFICIAL = load();

    private final Map<LocalDate, String> holidays;

    PublicHolidays(Map<LocalDate, String> holidays) {
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
    }

    /** The table shipped with the application. */
    public static PublicHolidays official() {
        return OFFICIAL;
    }

    /** The holiday's name, or null for an ordinary day. */
    public String holiday(LocalDate day) {
        return holidays.get(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The {@code n}-th working day after {@code day} (n ≥ 1). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("số ngày làm việc phải từ 1 trở lên: " + n);
        }
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days strictly after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static PublicHolidays load() {
        Map<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = PublicHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date;")) {
                    continue;
                }
                String[] cells = line.split(";", 4);
                days.put(LocalDate.parse(cells[0]), cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublicHolidays(days);
    }
}
