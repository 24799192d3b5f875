package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kind of value an indicator takes (kiểu giá trị chỉ tiêu). */
public enum ValueType {
    /** a plain number: people trained, rooms built (số) */
    NUMBER,
    /** a percentage 0–100 (tỉ lệ %) */
    PERCENT,
    /** a count of units, e.g. communes meeting a standard (số đơn vị) */
    COUNT,
    /** Đạt / Chưa đạt */
    YES_NO,
    /** a qualitative statement (định tính) */
    TEXT,
    /** a rank or position (thứ bậc) */
    RANK;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ValueType ofJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
