package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How an indicator's value adds up over the years (cách tính chỉ tiêu): {@link #YEARLY} a level or an amount of one
 * year ("tỉ lệ … đạt 80%", "đào tạo 4.700 người mỗi năm"); {@link #CUMULATIVE} a total over the period
 * ("23.500 người giai đoạn 2026–2030", "lũy kế").
 */
public enum Measure {
    YEARLY, CUMULATIVE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Measure ofJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
