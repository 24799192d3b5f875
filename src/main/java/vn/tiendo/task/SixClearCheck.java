package vn.tiendo.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.task.SixClear.Criterion;

/**
 * Checks a task against the "6 rõ" of Kết luận 226-KL/TW (11/12/2025); every failure carries its
 * reason in Vietnamese. One task has exactly one lead body ("một việc chỉ giao một cơ quan chủ trì").
 */
public final class SixClearCheck {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private SixClearCheck() {
    }

    public static SixClear check(TaskFacts f) {
        return new SixClear(nguoi(f), viec(f), thoiGian(f.timeframe(), f.trigger(), f.programmeDate()), trachNhiem(f),
                thamQuyen(f), sanPham(f));
    }

    static Criterion nguoi(TaskFacts f) {
        return blank(f.responsiblePerson())
                ? Criterion.fail("Chưa giao người chịu trách nhiệm trong cơ quan chủ trì")
                : Criterion.pass("Người chịu trách nhiệm: " + f.responsiblePerson().strip());
    }

    static Criterion viec(TaskFacts f) {
        return blank(f.title())
                ? Criterion.fail("Chưa có nội dung công việc (tên nhiệm vụ trống)")
                : Criterion.pass("Có nội dung công việc");
    }

    static Criterion thoiGian(Timeframe t, Trigger trigger, LocalDate programmeDate) {
        Criterion c = thoiGian(t, trigger);
        boolean oneDeadline = t != null && (t.kind() == TimeframeKind.DEADLINE || t.kind() == TimeframeKind.RANGE);
        if (c.ok() && oneDeadline && programmeDate != null && t.end() != null && t.end().isBefore(programmeDate)) {
            return Criterion.fail("Hạn hoàn thành " + date(t.end()) + " có trước ngày ban hành văn bản ("
                    + date(programmeDate) + "); hãy kiểm tra lại thời gian thực hiện");
        }
        return c;
    }

    static Criterion thoiGian(Timeframe t, Trigger trigger) {
        if (t == null || blank(t.text())) {
            return Criterion.fail("Chưa có thời gian thực hiện");
        }
        if (t.kind() == null) {
            return Criterion.fail("Không hiểu thời gian thực hiện \"" + t.text() + "\", chưa tính được hạn");
        }
        return switch (t.kind()) {
            case DEADLINE -> t.end() == null ? Criterion.fail("Chưa có hạn hoàn thành")
                    : Criterion.pass("Hạn hoàn thành " + date(t.end()));
            case RANGE -> t.end() == null
                    ? Criterion.fail("Chỉ có thời điểm bắt đầu (" + date(t.start()) + "), chưa có hạn hoàn thành")
                    : Criterion.pass("Thực hiện " + (t.start() == null ? "" : "từ " + date(t.start()) + " ")
                            + "đến " + date(t.end()));
            case RECURRING -> Criterion.pass("Định kỳ " + every(t.recurrence())
                    + (t.end() == null ? "" : ", lần đầu hạn " + date(t.end())));
            case ONGOING -> Criterion.pass("Thực hiện thường xuyên, báo cáo theo từng kỳ");
            case CONDITIONAL -> trigger == null
                    ? Criterion.fail("Thời gian phụ thuộc điều kiện (\"" + t.text()
                            + "\"): chưa có văn bản làm căn cứ để tính hạn")
                    : Criterion.pass("Tính hạn theo văn bản số " + trigger.documentNumber() + " ngày "
                            + date(trigger.date()));
        };
    }

    static Criterion trachNhiem(TaskFacts f) {
        List<String> lead = f.lead().stream().filter(s -> !blank(s)).map(String::strip).toList();
        if (lead.isEmpty()) {
            return Criterion.fail("Chưa có cơ quan chủ trì");
        }
        if (lead.size() > 1) {
            return Criterion.fail("Có " + lead.size() + " cơ quan chủ trì (" + String.join("; ", lead)
                    + "): mỗi nhiệm vụ chỉ giao một cơ quan chủ trì");
        }
        String name = lead.get(0);
        if (f.leadInferred()) {
            return Criterion.fail("Cơ quan chủ trì \"" + name
                    + "\" được suy ra từ ô trống hoặc ô gộp ở dòng trên, cần xác nhận");
        }
        if (!f.leadResolved()) {
            return Criterion.fail("\"" + name + "\" chưa khớp với cơ quan, đơn vị nào trong danh mục");
        }
        return Criterion.pass("Cơ quan chủ trì: " + name);
    }

    static Criterion thamQuyen(TaskFacts f) {
        return blank(f.approver())
                ? Criterion.fail("Chưa xác định cấp có thẩm quyền phê duyệt hoặc tiếp nhận kết quả")
                : Criterion.pass("Cấp có thẩm quyền phê duyệt, tiếp nhận kết quả: " + f.approver().strip());
    }

    static Criterion sanPham(TaskFacts f) {
        boolean product = !blank(f.deliverable());
        boolean indicator = !blank(f.indicatorCode());
        if (!product && !indicator) {
            return Criterion.fail("Chưa có sản phẩm dự kiến hoặc chỉ tiêu gắn kèm");
        }
        String reason = (product ? "Sản phẩm: " + f.deliverable().strip() : "")
                + (product && indicator ? "; " : "")
                + (indicator ? "Gắn với chỉ tiêu " + f.indicatorCode().strip() : "");
        return Criterion.pass(reason);
    }

    private static String every(String recurrence) {
        if ("quarterly".equals(recurrence)) {
            return "hằng quý";
        }
        return "monthly".equals(recurrence) ? "hằng tháng" : "hằng năm";
    }

    private static String date(LocalDate d) {
        return d == null ? "?" : d.format(VN_DATE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
