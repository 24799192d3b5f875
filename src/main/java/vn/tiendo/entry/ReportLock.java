package vn.tiendo.entry;

import java.util.Optional;

/**
 * Whether a unit's report for a programme and period is locked (khóa sau phê duyệt). Data entry owns this port and
 * asks it on its one save path, so every channel (form, Excel, REST API, dataValueSets, task progress) is refused
 * the same way; the reporting cycle implements it. Implementations lock the report row they read
 * ({@code FOR SHARE}) so that an approval cannot slip in between the check and the write.
 */
public interface ReportLock {

    /** Empty when the values may change; else the Vietnamese refusal naming who approved the report and when. */
    Optional<String> refusal(long programmeId, long orgUnitId, String period);
}
