package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** How a target value is compared with an actual value (so sánh chỉ tiêu): =, ≥, >, ≤, <. */
public enum Comparator {
    EQ("="), GE(">="), GT(">"), LE("<="), LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** The sign as printed in Vietnamese documents (≥, ≤). */
    public String printed() {
        return switch (this) {
            case GE -> "≥";
            case LE -> "≤";
            default -> symbol;
        };
    }

    @JsonCreator
    public static Comparator ofSymbol(String s) {
        for (Comparator c : values()) {
            if (c.symbol.equals(s) || c.printed().equals(s) || c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Không rõ phép so sánh: " + s);
    }

    /** True when {@code actual} satisfies this comparator against {@code target}. */
    public boolean satisfied(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case EQ -> c == 0;
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
    }
}
