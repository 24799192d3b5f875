package vn.tiendo.monitoring;

/** How an indicator's value above the reporting units is obtained (cách tính chỉ tiêu). */
public enum FormulaKind {
    /** reported directly by each unit, not rolled up (báo cáo trực tiếp) */
    DIRECT("Báo cáo trực tiếp"),
    /** sum over the units below (tổng) */
    SUM("Tổng các đơn vị"),
    /** average over the units below (trung bình) */
    AVERAGE("Trung bình các đơn vị"),
    /** smallest value below (nhỏ nhất) */
    MIN("Nhỏ nhất"),
    /** largest value below (lớn nhất) */
    MAX("Lớn nhất"),
    /** numerator ÷ denominator data elements, each summed over the units below first (tỉ lệ của tổng) */
    RATIO("Tỉ lệ: tổng tử số ÷ tổng mẫu số"),
    /** share of reporting units whose own value meets the condition, e.g. communes "Đạt" (tỉ lệ đơn vị đạt) */
    CHILD_SHARE("Tỉ lệ đơn vị đạt"),
    /** number of reporting units whose own value meets the condition (số đơn vị đạt) */
    CHILD_COUNT("Số đơn vị đạt");

    private final String label;

    FormulaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
