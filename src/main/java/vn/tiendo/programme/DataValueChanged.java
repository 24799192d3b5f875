package vn.tiendo.programme;

/**
 * Published (as a Spring application event, inside the saving transaction) whenever an actual value
 * is created, changed or deleted, so that roll-ups above the unit can be updated incrementally.
 */
public record DataValueChanged(long indicatorId, long orgUnitId, String period) {
}
