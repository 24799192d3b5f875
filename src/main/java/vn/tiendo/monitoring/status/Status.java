package vn.tiendo.monitoring.status;

/** Status of an indicator against its target (tình trạng so với mục tiêu); see docs/status-rules.md. */
public enum Status {
    MET("Đạt", "ok"),
    ON_TRACK("Đúng tiến độ", "track"),
    AT_RISK("Có nguy cơ", "risk"),
    OFF_TRACK("Chậm", "late"),
    NO_DATA("Chưa có số liệu", "none");

    private final String label;
    private final String css;

    Status(String label, String css) {
        this.label = label;
        this.css = css;
    }

    /** The Vietnamese label shown on the badge. */
    public String label() {
        return label;
    }

    /** CSS class suffix: status-ok, status-track, status-risk, status-late, status-none. */
    public String css() {
        return "status-" + css;
    }

    /** Parses the URL filter value: the enum name or the Vietnamese label. */
    public static Status parse(String s) {
        for (Status st : values()) {
            if (st.name().equalsIgnoreCase(s) || st.label.equalsIgnoreCase(s) || st.css.equalsIgnoreCase(s)) {
                return st;
            }
        }
        return null;
    }
}
