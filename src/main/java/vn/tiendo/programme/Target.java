package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A target for one year (mục tiêu theo năm). {@code text} is always the cell exactly as written;
 * {@code value} is the number read from it or null (qualitative target such as "Đạt").
 * {@code numerator}/{@code denominator} hold forms such as "21 (8/38)" (8 of 38 communes).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(int year, String text, Comparator comparator, BigDecimal value,
                     Integer numerator, Integer denominator) {

    public Target(int year, String text, Comparator comparator, BigDecimal value) {
        this(year, text, comparator, value, null, null);
    }

    public Period period() {
        return Period.year(year);
    }
}
