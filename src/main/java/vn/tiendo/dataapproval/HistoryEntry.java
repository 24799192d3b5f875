package vn.tiendo.dataapproval;

import java.time.Instant;

/** One line of a report's history, read from the audit trail: when, who, what. */
public record HistoryEntry(Instant at, String actor, String action, String summary) {
}
