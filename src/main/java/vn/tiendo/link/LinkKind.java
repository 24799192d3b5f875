package vn.tiendo.link;

/** What a link joins: two indicators (chỉ tiêu) or two tasks (nhiệm vụ). */
public enum LinkKind {
    INDICATOR, TASK;

    /** The word used in JSON: "indicator" or "task". */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
