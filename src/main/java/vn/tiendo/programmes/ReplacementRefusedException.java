package vn.tiendo.programmes;

/**
 * Replacing a programme would delete reported data (values, task reports, formulas) that the caller has not
 * confirmed; nothing was saved. The message lists the losses in Vietnamese; {@link #plan()} has them.
 */
public class ReplacementRefusedException extends ProgrammeConflictException {

    private final transient ReplacementPlan plan;

    public ReplacementRefusedException(ReplacementPlan plan) {
        super("Thay thế văn bản " + plan.number() + " sẽ xóa số liệu đã báo cáo của các dòng không còn trong văn bản mới: "
                + String.join("; ", plan.losses().stream().map(ReplacementPlan.Loss::describe).toList())
                + ". Chưa lưu gì. Nếu đúng là muốn bỏ các số liệu này, hãy xác nhận rõ việc bỏ chúng.");
        this.plan = plan;
    }

    public ReplacementPlan plan() {
        return plan;
    }
}
