package vn.tiendo.programme;

import java.time.Instant;

/**
 * A unit's progress report on a task for a period (báo cáo tiến độ nhiệm vụ).
 *
 * @param progressPercent 0–100
 */
public record TaskReport(long taskId, long orgUnitId, Period period, Status status, Integer progressPercent,
                         String note, int version, String reportedBy, Instant reportedAt) {

    /** Task status (tình trạng thực hiện). */
    public enum Status {
        NOT_STARTED("Chưa triển khai"), IN_PROGRESS("Đang thực hiện"), DONE("Hoàn thành"), LATE("Chậm tiến độ");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
