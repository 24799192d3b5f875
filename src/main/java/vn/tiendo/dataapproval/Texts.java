package vn.tiendo.dataapproval;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Vietnamese wording shared by the workflow's messages. */
public final class Texts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ReportTargets.VIETNAM);

    private Texts() {
    }

    /** "14:05 ngày 16/06/2026" */
    public static String when(Instant at) {
        return at == null ? "(không rõ)" : WHEN.format(at);
    }

    static String locked(ReportTarget t, PeriodReport r) {
        return "Báo cáo kỳ " + t.period().code() + " của " + t.unit().fullName() + " (chương trình " + t.programme().number()
                + ") đã được " + r.approvedBy() + " phê duyệt lúc " + when(r.approvedAt()) + " và đã khóa; cần mở khóa trước khi sửa.";
    }

    static String firstOf(List<String> items, int n) {
        return items.size() <= n ? String.join(", ", items) : String.join(", ", items.subList(0, n)) + " và " + (items.size() - n) + " đơn vị khác";
    }
}
