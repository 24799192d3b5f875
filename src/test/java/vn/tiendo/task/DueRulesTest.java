package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

class DueRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 9, 30);
    private final DueRules rules = new DueRules();

    private static Occurrence deadline() {
        return new Occurrence("once", TimeframeKind.DEADLINE, "Quý III năm 2026", LocalDate.of(2026, 7, 1), DUE,
                null, false);
    }

    private static LatestReport report(String doneOn, Integer percent) {
        if (doneOn != null) {
            return LatestReport.done(LocalDate.parse(doneOn));
        }
        return percent == null ? null : LatestReport.inProgress(percent);
    }

    /** as-of | done on | percent (no report when both empty) | state | status */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2026-08-01|-|-|not-due|Chưa thực hiện",
        "2026-09-22|-|-|not-due|Chưa thực hiện",
        "2026-09-23|-|-|due-soon|Chưa thực hiện",
        "2026-09-30|-|-|due-soon|Chưa thực hiện",
        "2026-10-01|-|-|overdue|Đang thực hiện quá hạn",
        "2026-10-15|-|-|overdue|Đang thực hiện quá hạn",
        "2026-08-01|-|0|not-due|Chưa thực hiện",
        "2026-08-01|-|40|not-due|Đang thực hiện trong hạn",
        "2026-09-25|-|40|due-soon|Đang thực hiện trong hạn",
        "2026-10-15|-|90|overdue|Đang thực hiện quá hạn",
        "2026-10-15|2026-09-30|-|done-on-time|Hoàn thành đúng hạn",
        "2026-08-01|2026-07-15|-|done-on-time|Hoàn thành đúng hạn",
        "2027-01-01|2026-10-01|-|done-late|Hoàn thành quá hạn",
        "2026-10-01|2026-10-01|-|done-late|Hoàn thành quá hạn"})
    void deadline(LocalDate asOf, String doneOn, Integer percent, String state, String status) {
        LatestReport r = report(doneOn, percent);
        assertThat(rules.state(deadline(), r, asOf).word()).isEqualTo(state);
        assertThat(rules.status(deadline(), r, asOf).label()).isEqualTo(status);
    }

    @Test
    void ongoingIsAlwaysOngoing() {
        Occurrence o = new Occurrence("2026", TimeframeKind.ONGOING, "Năm 2026", LocalDate.of(2026, 1, 1), null,
                null, false);
        for (LatestReport r : new LatestReport[] {null, LatestReport.inProgress(50),
            LatestReport.done(LocalDate.of(2026, 5, 1))}) {
            assertThat(rules.state(o, r, LocalDate.of(2031, 1, 1))).isEqualTo(DueState.ONGOING);
            assertThat(rules.status(o, r, LocalDate.of(2031, 1, 1))).isEqualTo(TaskStatus.THUC_HIEN_THUONG_XUYEN);
        }
    }

    @Test
    void conditionalWaitsUntilItsDocumentIsRecorded() {
        Occurrence waiting = new Occurrence("once", TimeframeKind.CONDITIONAL, "Khi có văn bản", null, null, null,
                false);
        assertThat(rules.state(waiting, null, LocalDate.of(2030, 12, 31))).isEqualTo(DueState.WAITING);
        assertThat(rules.status(waiting, LatestReport.inProgress(20), LocalDate.of(2030, 12, 31)))
                .isEqualTo(TaskStatus.CHO_VAN_BAN);
        // done before the document is recorded: done, without a due date to be late against
        assertThat(rules.state(waiting, LatestReport.done(LocalDate.of(2026, 1, 1)), LocalDate.of(2026, 2, 1)))
                .isEqualTo(DueState.DONE_ON_TIME);
        Timeframe conditional = new Timeframe("Khi có văn bản", TimeframeKind.CONDITIONAL, null, null, null);
        Occurrence triggered = new OccurrencePlanner()
                .plan(conditional, new Trigger("15-CT/TW", LocalDate.of(2026, 3, 10))).get(0);
        assertThat(rules.state(triggered, null, LocalDate.of(2026, 3, 11))).isEqualTo(DueState.NOT_DUE);
        assertThat(rules.state(triggered, null, LocalDate.of(2026, 4, 2))).isEqualTo(DueState.DUE_SOON);
        assertThat(rules.state(triggered, null, LocalDate.of(2026, 4, 10))).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void withoutADueDateNothingIsEverOverdue() {
        Occurrence unclear = new Occurrence("once", null, "Sớm nhất có thể", null, null, null, true);
        Occurrence open = new Occurrence("once", TimeframeKind.RANGE, "Từ năm 2026", LocalDate.of(2026, 1, 1), null,
                null, false);
        for (Occurrence o : new Occurrence[] {unclear, open}) {
            assertThat(rules.state(o, null, LocalDate.of(2099, 1, 1))).isEqualTo(DueState.NOT_DUE);
            assertThat(rules.status(o, LatestReport.inProgress(10), LocalDate.of(2099, 1, 1)))
                    .isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);
            assertThat(rules.state(o, LatestReport.done(LocalDate.of(2027, 1, 1)), LocalDate.of(2099, 1, 1)))
                    .isEqualTo(DueState.DONE_ON_TIME);
        }
    }

    @Test
    void dueSoonWindowIsConfigurable() {
        DueRules thirty = new DueRules(30);
        assertThat(thirty.state(deadline(), null, LocalDate.of(2026, 8, 31))).isEqualTo(DueState.DUE_SOON);
        assertThat(thirty.state(deadline(), null, LocalDate.of(2026, 8, 30))).isEqualTo(DueState.NOT_DUE);
        DueRules none = new DueRules(0);
        assertThat(none.state(deadline(), null, LocalDate.of(2026, 9, 29))).isEqualTo(DueState.NOT_DUE);
        assertThat(none.state(deadline(), null, DUE)).isEqualTo(DueState.DUE_SOON);
    }

    @Test
    void wordsAreTheOfficialOnes() {
        assertThat(TaskStatus.values()).extracting(TaskStatus::label).containsExactly("Hoàn thành đúng hạn",
                "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Chưa thực hiện",
                "Thực hiện thường xuyên", "Chờ văn bản");
        assertThat(DueState.values()).extracting(DueState::word).containsExactly("overdue", "due-soon", "not-due",
                "done-on-time", "done-late", "ongoing", "waiting");
    }

    @Test
    void badInputIsRefusedInVietnamese() {
        assertThatThrownBy(() -> LatestReport.inProgress(101))
                .hasMessage("Tỷ lệ hoàn thành phải từ 0 đến 100 (nhận được 101)");
        assertThatThrownBy(() -> LatestReport.inProgress(-1))
                .hasMessage("Tỷ lệ hoàn thành phải từ 0 đến 100 (nhận được -1)");
        assertThatThrownBy(() -> new LatestReport(LocalDate.of(2026, 1, 1), 80))
                .hasMessage("Đã hoàn thành ngày 2026-01-01 thì tỷ lệ phải là 100 (nhận được 80)");
        assertThatThrownBy(() -> new DueRules(-1)).hasMessage("Số ngày nhắc trước hạn không được âm: -1");
        assertThatThrownBy(() -> rules.state(deadline(), null, null)).hasMessage("Thiếu lần thực hiện hoặc ngày xét");
    }
}
