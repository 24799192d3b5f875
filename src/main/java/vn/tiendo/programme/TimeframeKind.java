package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Normalised kind of a task's time frame (thời gian thực hiện). */
public enum TimeframeKind {
    /** must be done by a date: "Quý IV năm 2025", "Năm 2026" (hạn chót) */
    DEADLINE,
    /** a span: "Giai đoạn 2025-2027", "Từ năm 2026" (khoảng thời gian) */
    RANGE,
    /** repeats: "Hằng năm", "Năm 2025 và thực hiện thường xuyên hàng năm" (định kỳ) */
    RECURRING,
    /** continuous: "Thường xuyên" (thường xuyên) */
    ONGOING,
    /** when something happens: "Khi có văn bản chỉ đạo của Trung ương" (khi có yêu cầu) */
    CONDITIONAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TimeframeKind ofJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
