package vn.tiendo.report.batch;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a batch of reports: QUEUED → RUNNING → DONE, cancelled from QUEUED or RUNNING, FAILED when the batch
 * itself cannot go on (a unit that fails is listed, it does not fail the batch). DONE, CANCELLED and FAILED are final.
 */
public enum BatchState {
    /** chờ chạy */ QUEUED("Đang chờ"),
    /** đang chạy */ RUNNING("Đang tạo"),
    /** xong */ DONE("Đã xong"),
    /** đã hủy */ CANCELLED("Đã hủy"),
    /** lỗi */ FAILED("Lỗi");

    private final String label;

    BatchState(String label) {
        this.label = label;
    }

    /** Vietnamese word shown in the pages and the command line. */
    public String label() {
        return label;
    }

    /** True for DONE, CANCELLED and FAILED: nothing changes a finished batch. */
    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }

    /** The states this one may move to. */
    public Set<BatchState> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING, CANCELLED, FAILED);
            case RUNNING -> EnumSet.of(DONE, CANCELLED, FAILED);
            case DONE, CANCELLED, FAILED -> EnumSet.noneOf(BatchState.class);
        };
    }

    public boolean canMoveTo(BatchState target) {
        return next().contains(target);
    }
}
