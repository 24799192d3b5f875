package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.reader.TimeframeParser;
import vn.tiendo.task.SixClear.Criterion;

class SixClearCheckTest {

    private static Timeframe tf(String text) {
        return TimeframeParser.parse(text).timeframe();
    }

    private static TaskFacts complete() {
        return new TaskFacts("Xây dựng Nghị quyết của HĐND tỉnh", tf("Quý III năm 2026"),
                List.of("Đảng ủy UBND tỉnh"), false, true, "Nguyễn Văn An", "Ban Thường vụ Tỉnh ủy",
                "Nghị quyết của HĐND tỉnh", null, null);
    }

    private static TaskFacts with(String title, Timeframe t, List<String> lead, boolean inferred, boolean resolved,
                                  String person, String approver, String deliverable, String indicator) {
        return new TaskFacts(title, t, lead, inferred, resolved, person, approver, deliverable, indicator, null);
    }

    @Test
    void aCompleteTaskPassesAllSixWithReasons() {
        SixClear c = SixClearCheck.check(complete());
        assertThat(c.allOk()).isTrue();
        assertThat(c.failures()).isZero();
        assertThat(c.byName()).containsExactly(
                java.util.Map.entry("nguoi", new Criterion(true, "Người chịu trách nhiệm: Nguyễn Văn An")),
                java.util.Map.entry("viec", new Criterion(true, "Có nội dung công việc")),
                java.util.Map.entry("thoiGian", new Criterion(true, "Hạn hoàn thành 30/9/2026")),
                java.util.Map.entry("trachNhiem", new Criterion(true, "Cơ quan chủ trì: Đảng ủy UBND tỉnh")),
                java.util.Map.entry("thamQuyen", new Criterion(true,
                        "Cấp có thẩm quyền phê duyệt, tiếp nhận kết quả: Ban Thường vụ Tỉnh ủy")),
                java.util.Map.entry("sanPham", new Criterion(true, "Sản phẩm: Nghị quyết của HĐND tỉnh")));
    }

    @Test
    void anEmptyTaskFailsAllSixWithReasons() {
        SixClear c = SixClearCheck.check(with(" ", null, List.of(), false, false, null, " ", null, ""));
        assertThat(c.failures()).isEqualTo(6);
        assertThat(c.byName().values()).extracting(Criterion::reason).containsExactly(
                "Chưa giao người chịu trách nhiệm trong cơ quan chủ trì",
                "Chưa có nội dung công việc (tên nhiệm vụ trống)",
                "Chưa có thời gian thực hiện",
                "Chưa có cơ quan chủ trì",
                "Chưa xác định cấp có thẩm quyền phê duyệt hoặc tiếp nhận kết quả",
                "Chưa có sản phẩm dự kiến hoặc chỉ tiêu gắn kèm");
    }

    @Test
    void timeIsClearForADueDateOrARecurrence() {
        assertThat(SixClearCheck.thoiGian(tf("Giai đoạn 2025-2027"), null))
                .isEqualTo(new Criterion(true, "Thực hiện từ 1/1/2025 đến 31/12/2027"));
        assertThat(SixClearCheck.thoiGian(tf("Đến năm 2030"), null))
                .isEqualTo(new Criterion(true, "Hạn hoàn thành 31/12/2030"));
        assertThat(SixClearCheck.thoiGian(tf("Quý IV năm 2025 và triển khai thực hiện hằng năm"), null))
                .isEqualTo(new Criterion(true, "Định kỳ hằng năm, lần đầu hạn 31/12/2025"));
        assertThat(SixClearCheck.thoiGian(tf("Hằng quý"), null))
                .isEqualTo(new Criterion(true, "Định kỳ hằng quý"));
        assertThat(SixClearCheck.thoiGian(tf("Thường xuyên"), null))
                .isEqualTo(new Criterion(true, "Thực hiện thường xuyên, báo cáo theo từng kỳ"));
        assertThat(SixClearCheck.thoiGian(tf("Từ năm 2026"), null))
                .isEqualTo(new Criterion(false, "Chỉ có thời điểm bắt đầu (1/1/2026), chưa có hạn hoàn thành"));
        assertThat(SixClearCheck.thoiGian(tf("Sớm nhất có thể"), null)).isEqualTo(new Criterion(false,
                "Không hiểu thời gian thực hiện \"Sớm nhất có thể\", chưa tính được hạn"));
        assertThat(SixClearCheck.thoiGian(new Timeframe("Năm ?", TimeframeKind.DEADLINE, null, null, null), null))
                .isEqualTo(new Criterion(false, "Chưa có hạn hoàn thành"));
    }

    @Test
    void aDeadlineBeforeTheProgrammeWasIssuedIsNotClear() {
        java.time.LocalDate issued = java.time.LocalDate.of(2025, 11, 24);
        assertThat(SixClearCheck.thoiGian(tf("Quý II năm 2025"), null, issued)).isEqualTo(new Criterion(false,
                "Hạn hoàn thành 30/6/2025 có trước ngày ban hành văn bản (24/11/2025); hãy kiểm tra lại thời gian thực hiện"));
        assertThat(SixClearCheck.thoiGian(tf("Quý IV năm 2025"), null, issued))
                .isEqualTo(new Criterion(true, "Hạn hoàn thành 31/12/2025"));
        // a recurrence whose first year has begun is normal ("Năm 2025 và hằng năm" in a programme of November 2025)
        assertThat(SixClearCheck.thoiGian(tf("Quý II năm 2025 và triển khai thực hiện hằng năm"), null, issued).ok()).isTrue();
        assertThat(SixClearCheck.thoiGian(tf("Quý II năm 2025"), null, null).ok()).isTrue();
    }

    @Test
    void aConditionalTaskIsClearOnceItsDocumentIsRecorded() {
        Timeframe t = tf("Khi có văn bản chỉ đạo của Trung ương");
        assertThat(SixClearCheck.thoiGian(t, null)).isEqualTo(new Criterion(false,
                "Thời gian phụ thuộc điều kiện (\"Khi có văn bản chỉ đạo của Trung ương\"): "
                        + "chưa có văn bản làm căn cứ để tính hạn"));
        assertThat(SixClearCheck.thoiGian(t, new Trigger("15-CT/TW", LocalDate.of(2026, 3, 10))))
                .isEqualTo(new Criterion(true, "Tính hạn theo văn bản số 15-CT/TW ngày 10/3/2026"));
    }

    @Test
    void responsibilityNeedsExactlyOneConfirmedResolvedLead() {
        Timeframe t = tf("Năm 2026");
        assertThat(SixClearCheck.trachNhiem(with("x", t, List.of("UBKT Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
                false, true, null, null, null, null))).isEqualTo(new Criterion(false,
                "Có 2 cơ quan chủ trì (UBKT Tỉnh ủy; Ban Tuyên giáo và Dân vận Tỉnh ủy): "
                        + "mỗi nhiệm vụ chỉ giao một cơ quan chủ trì"));
        assertThat(SixClearCheck.trachNhiem(with("x", t, List.of("Đảng ủy UBND tỉnh"), true, true, null, null, null,
                null))).isEqualTo(new Criterion(false,
                "Cơ quan chủ trì \"Đảng ủy UBND tỉnh\" được suy ra từ ô trống hoặc ô gộp ở dòng trên, cần xác nhận"));
        assertThat(SixClearCheck.trachNhiem(with("x", t, List.of("Sở ABC"), false, false, null, null, null, null)))
                .isEqualTo(new Criterion(false, "\"Sở ABC\" chưa khớp với cơ quan, đơn vị nào trong danh mục"));
        assertThat(SixClearCheck.trachNhiem(with("x", t, List.of(" ", "Sở ABC "), false, true, null, null, null,
                null))).isEqualTo(new Criterion(true, "Cơ quan chủ trì: Sở ABC"));
    }

    @Test
    void productIsADeliverableOrALinkedIndicator() {
        Timeframe t = tf("Năm 2026");
        assertThat(SixClearCheck.sanPham(with("x", t, List.of(), false, false, null, null, null, "I.1")))
                .isEqualTo(new Criterion(true, "Gắn với chỉ tiêu I.1"));
        assertThat(SixClearCheck.sanPham(with("x", t, List.of(), false, false, null, null, "Đề án", "I.1")))
                .isEqualTo(new Criterion(true, "Sản phẩm: Đề án; Gắn với chỉ tiêu I.1"));
    }
}
