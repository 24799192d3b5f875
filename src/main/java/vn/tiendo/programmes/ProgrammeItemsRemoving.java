package vn.tiendo.programmes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Published inside the replace transaction of a programme, before the confirmed losses (reported data of the
 * dropped items) are deleted and before the indicators and tasks the new version no longer has are deleted:
 * whatever refers to them and is not reported data (cascade links) is to be removed now, audited, and a linked
 * child keeps a copy of the values it shared with a dropped parent indicator (docs/cascade.md "Entered once").
 *
 * @param number     the programme's number, for audit summaries
 * @param indicators id → code of the indicators about to be deleted
 * @param tasks      id → code of the tasks about to be deleted
 */
public record ProgrammeItemsRemoving(long programmeId, String number, Map<Long, String> indicators, Map<Long, String> tasks) {

    public ProgrammeItemsRemoving {
        indicators = new LinkedHashMap<>(indicators);
        tasks = new LinkedHashMap<>(tasks);
    }
}
