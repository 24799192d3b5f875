package vn.tiendo.emulation;

/**
 * A responsible unit's occurrences of a programme due in the year, as of the scoring day.
 *
 * @param due     occurrences due in the year (ongoing and waiting ones excluded)
 * @param onTime  done (latest report DONE) on or before the due date
 * @param overdue past their due date on the scoring day and not done by then
 * @param timely  whose first report was made on or before the due date
 */
public record UnitTaskFacts(long unitId, String unitCode, String unitName, long parentId, int due, int onTime, int overdue, int timely) {
}
