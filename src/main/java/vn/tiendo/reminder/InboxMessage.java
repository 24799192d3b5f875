package vn.tiendo.reminder;

import java.time.Instant;

/** A message in a user's in-app inbox (hộp thư); {@code link} is a path of the application, e.g. /nhiem-vu/12. */
public record InboxMessage(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {

    private static final java.time.format.DateTimeFormatter TEXT = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(vn.tiendo.TimeConfiguration.VIETNAM);

    /** When it arrived, dd/MM/yyyy HH:mm in Vietnam. */
    public String createdText() {
        return TEXT.format(createdAt);
    }

    public boolean read() {
        return readAt != null;
    }
}
