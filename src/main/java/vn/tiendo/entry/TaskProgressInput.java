package vn.tiendo.entry;

import vn.tiendo.programme.Period;

/**
 * A unit's report on one task for a period as entered (báo cáo tiến độ nhiệm vụ), before validation.
 *
 * @param status   a {@link vn.tiendo.programme.TaskReport.Status} name or its Vietnamese label
 * @param progress percent done as typed ("60"), may be blank
 */
public record TaskProgressInput(long taskId, long orgUnitId, Period period, String status, String progress, String note,
                                ExpectedVersion expected, Field field) {
}
