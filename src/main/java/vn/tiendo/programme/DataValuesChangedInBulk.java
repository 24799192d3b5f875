package vn.tiendo.programme;

/**
 * Published (as a Spring application event, inside the saving transaction) when many actual values are
 * created or deleted at once, such as loading or deleting the demo values (dữ liệu minh họa): the
 * roll-ups are rebuilt once, before the commit, instead of unit by unit.
 *
 * @param count how many values changed
 */
public record DataValuesChangedInBulk(int count) {
}
