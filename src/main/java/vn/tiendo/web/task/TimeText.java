package vn.tiendo.web.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times and days as the task pages show them, in Vietnam's time zone ({@code ${tt.at(…)}}). */
public final class TimeText {

    static final TimeText INSTANCE = new TimeText();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimeText() {
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(VIETNAM));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
