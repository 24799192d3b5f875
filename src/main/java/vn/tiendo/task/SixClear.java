package vn.tiendo.task;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "6 rõ" check of one task (Kết luận 226-KL/TW): rõ người, rõ việc, rõ thời gian, rõ trách nhiệm,
 * rõ thẩm quyền, rõ sản phẩm. Serialises to the six criteria, each {@code {"ok": …, "reason": …}}.
 */
public record SixClear(Criterion nguoi, Criterion viec, Criterion thoiGian, Criterion trachNhiem,
                       Criterion thamQuyen, Criterion sanPham) {

    /** One criterion: whether it holds and why, in Vietnamese. */
    public record Criterion(boolean ok, String reason) {

        static Criterion pass(String reason) {
            return new Criterion(true, reason);
        }

        static Criterion fail(String reason) {
            return new Criterion(false, reason);
        }
    }

    /** The six criteria by their JSON names, in order. */
    public Map<String, Criterion> byName() {
        Map<String, Criterion> m = new LinkedHashMap<>();
        m.put("nguoi", nguoi);
        m.put("viec", viec);
        m.put("thoiGian", thoiGian);
        m.put("trachNhiem", trachNhiem);
        m.put("thamQuyen", thamQuyen);
        m.put("sanPham", sanPham);
        return m;
    }

    public boolean allOk() {
        return byName().values().stream().allMatch(Criterion::ok);
    }

    /** Number of criteria that fail (0–6). */
    public int failures() {
        return (int) byName().values().stream().filter(c -> !c.ok()).count();
    }
}
