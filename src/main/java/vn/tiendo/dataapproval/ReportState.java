package vn.tiendo.dataapproval;

/** Trạng thái báo cáo kỳ: the API word and the Vietnamese label. */
public enum ReportState {
    /** Nháp */ DRAFT("draft", "Nháp"),
    /** Đã gửi: waiting for the level above */ SUBMITTED("submitted", "Đã gửi"),
    /** Đã duyệt: locked */ APPROVED("approved", "Đã duyệt"),
    /** Trả lại: back to the unit with a comment; editable as a draft */ RETURNED("returned", "Trả lại");

    private final String word;
    private final String label;

    ReportState(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** draft | submitted | approved | returned */
    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** The unit may still edit and (re)submit. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
