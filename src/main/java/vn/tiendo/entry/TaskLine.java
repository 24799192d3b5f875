package vn.tiendo.entry;

import vn.tiendo.programme.TaskReport;

/** A task of a programme (nhiệm vụ) with the unit's current report on it for a period, if any. */
public record TaskLine(long id, long programmeId, long ownerUnitId, String code, String title, String timeframe,
                       TaskReport report) {
}
