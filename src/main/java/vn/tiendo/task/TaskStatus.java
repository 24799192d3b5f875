package vn.tiendo.task;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Status of an occurrence in the words official tracking uses (NQ 57 reports, VPCP tracking).
 * Overdue is never typed: it is derived from the due date and the clock by {@link DueRules}.
 */
public enum TaskStatus {
    HOAN_THANH_DUNG_HAN("Hoàn thành đúng hạn"),
    HOAN_THANH_QUA_HAN("Hoàn thành quá hạn"),
    DANG_THUC_HIEN_TRONG_HAN("Đang thực hiện trong hạn"),
    /** also "quá hạn": past due and not done, whether or not work has started */
    DANG_THUC_HIEN_QUA_HAN("Đang thực hiện quá hạn"),
    /** not started and not yet past due */
    CHUA_THUC_HIEN("Chưa thực hiện"),
    THUC_HIEN_THUONG_XUYEN("Thực hiện thường xuyên"),
    /** conditional task whose triggering document has not been recorded */
    CHO_VAN_BAN("Chờ văn bản");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
