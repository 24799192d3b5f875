package vn.tiendo.entry;

import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;

/**
 * One actual value as entered through any channel (form, Excel, API), before validation.
 *
 * @param raw      the value as typed: "71,9", "8/38", "Đạt", a sentence
 * @param style    how numbers in {@code raw} are written
 * @param expected the version the user saw
 * @param comment  ghi chú, may be null
 */
public record ValueInput(long indicatorId, long orgUnitId, Period period, String raw, VietnameseNumber.Policy style,
                         ExpectedVersion expected, String comment, Field field) {
}
