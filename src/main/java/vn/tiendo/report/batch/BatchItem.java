package vn.tiendo.report.batch;

/**
 * One unit's report in a batch, without its bytes (those are read one at a time when the ZIP is written).
 *
 * @param state PENDING, DONE or FAILED
 */
public record BatchItem(int ordinal, long unitId, String unitCode, String unitName, String state, String error) {

    public boolean pending() {
        return "PENDING".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    /** Vietnamese word for the state. */
    public String label() {
        return switch (state) {
            case "DONE" -> "Xong";
            case "FAILED" -> "Lỗi";
            default -> "Chưa tạo";
        };
    }
}
