package vn.tiendo.entry;

import java.math.BigDecimal;
import java.time.Instant;
import vn.tiendo.programme.VietnameseNumber;

/** An actual value as stored in {@code data_value}, with its comment and version. */
public record StoredValue(long id, long indicatorId, long orgUnitId, String period, BigDecimal value, String text,
                          String comment, int version, String updatedBy, Instant updatedAt) {

    /** The same row read under another indicator of its measure (docs/cascade.md "Entered once"). */
    public StoredValue as(long askedIndicatorId) {
        return askedIndicatorId == indicatorId ? this : new StoredValue(id, askedIndicatorId, orgUnitId, period, value, text,
                comment, version, updatedBy, updatedAt);
    }

    /** What people see: the text form when there is one (Đạt, 8/38), else the number written the Vietnamese way. */
    public String display() {
        return text != null ? text : VietnameseNumber.formatTrimmed(value);
    }

    /** What machines exchange (DHIS2 value): the text form, else the plain number (71.9). */
    public String plain() {
        return text != null ? text : value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** True when storing {@code clean} would change nothing. */
    public boolean sameAs(CleanValue clean) {
        return java.util.Objects.equals(text, clean.text()) && java.util.Objects.equals(comment, clean.comment())
                && (value == null ? clean.value() == null : clean.value() != null && value.compareTo(clean.value()) == 0);
    }
}
