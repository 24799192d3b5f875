package vn.tiendo.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Somebody else changed a value since the user loaded it (HTTP 409); nothing was stored. The
 * message says who and when, and asks the user to reload.
 */
public class StaleValueException extends RuntimeException {

    /** Times are shown in Vietnam's time zone. */
    public static final ZoneId VIETNAM = vn.tiendo.TimeConfiguration.VIETNAM;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

    /** One conflicting value: the field, who changed it last and when, and its version now. */
    public record Conflict(Field field, String what, String updatedBy, Instant updatedAt, int version) {

        public String text() {
            return field.label() + ": " + what + " đã được " + updatedBy + " cập nhật lúc "
                    + WHEN.format(updatedAt.atZone(VIETNAM)) + " (phiên bản " + version + "); hãy tải lại để xem số liệu mới rồi nhập lại.";
        }
    }

    private final List<Conflict> conflicts;

    public StaleValueException(List<Conflict> conflicts) {
        super(conflicts.stream().map(Conflict::text).collect(Collectors.joining("; ")));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
