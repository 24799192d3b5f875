package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether more is better (tăng là tốt) or less is better (giảm là tốt). */
public enum Direction {
    HIGHER, LOWER;

    @JsonValue
    public String json() {
        return this == HIGHER ? "higher" : "lower";
    }

    @JsonCreator
    public static Direction ofJson(String s) {
        return "lower".equalsIgnoreCase(s) ? LOWER : HIGHER;
    }
}
