package vn.tiendo.entry;

import java.math.BigDecimal;

/** A validated value ready to store: the number (null for text), the text form, the comment. */
public record CleanValue(BigDecimal value, String text, String comment) {
}
