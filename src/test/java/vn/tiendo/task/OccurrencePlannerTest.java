package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.reader.TimeframeParser;

class OccurrencePlannerTest {

    private final OccurrencePlanner planner = new OccurrencePlanner();

    private static Timeframe tf(String text) {
        return TimeframeParser.parse(text).timeframe();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void deadlineIsOneOccurrenceDueAtTheEndOfItsPeriod() {
        List<Occurrence> os = planner.plan(tf("Quý III năm 2026"));
        assertThat(os).containsExactly(new Occurrence("once", TimeframeKind.DEADLINE, "Quý III năm 2026",
                d("2026-07-01"), d("2026-09-30"), null, false));
        assertThat(planner.plan(tf("Đến năm 2030"))).singleElement()
                .satisfies(o -> {
                    assertThat(o.start()).isNull();
                    assertThat(o.due()).isEqualTo(d("2030-12-31"));
                });
        assertThat(planner.plan(tf("Tháng 6/2026")).get(0).due()).isEqualTo(d("2026-06-30"));
        assertThat(planner.plan(tf("6 tháng đầu năm 2026")).get(0).due()).isEqualTo(d("2026-06-30"));
    }

    @Test
    void rangeIsStartedAtItsStartAndDueAtItsEnd() {
        assertThat(planner.plan(tf("Giai đoạn 2025-2027"))).containsExactly(new Occurrence("once",
                TimeframeKind.RANGE, "Giai đoạn 2025-2027", d("2025-01-01"), d("2027-12-31"), null, false));
        assertThat(planner.plan(tf("Quý IV/2025, I/2026"))).extracting(Occurrence::start, Occurrence::due)
                .containsExactly(tuple(d("2025-10-01"), d("2026-03-31")));
        Occurrence open = planner.plan(tf("Từ năm 2026")).get(0);
        assertThat(open.start()).isEqualTo(d("2026-01-01"));
        assertThat(open.due()).isNull();
        assertThat(open.unclear()).isFalse();
    }

    @Test
    void yearlyRecurrenceHasOneOccurrencePerYearAtTheSamePointOfTheYear() {
        List<Occurrence> os = planner.plan(tf("Quý IV năm 2025 và triển khai thực hiện hằng năm"));
        assertThat(os).extracting(Occurrence::key)
                .containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
        assertThat(os).extracting(Occurrence::due).containsExactly(d("2025-12-31"), d("2026-12-31"),
                d("2027-12-31"), d("2028-12-31"), d("2029-12-31"), d("2030-12-31"));
        assertThat(os).extracting(Occurrence::start).containsExactly(d("2025-10-01"), d("2026-10-01"),
                d("2027-10-01"), d("2028-10-01"), d("2029-10-01"), d("2030-10-01"));
        assertThat(os).extracting(Occurrence::period).startsWith("Năm 2025", "Năm 2026");
        assertThat(os).allMatch(o -> o.kind() == TimeframeKind.RECURRING && o.trigger() == null && !o.unclear());

        List<Occurrence> q1 = planner.plan(tf("Quý I/2026 và triển khai thực hiện hằng năm"));
        assertThat(q1).extracting(Occurrence::due).containsExactly(d("2026-03-31"), d("2027-03-31"),
                d("2028-03-31"), d("2029-03-31"), d("2030-03-31"));
    }

    @Test
    void recurrenceWithoutAFirstPeriodCoversTheTrackingRange() {
        assertThat(planner.plan(tf("Hằng năm"))).extracting(Occurrence::due).containsExactly(d("2025-12-31"),
                d("2026-12-31"), d("2027-12-31"), d("2028-12-31"), d("2029-12-31"), d("2030-12-31"));
        List<Occurrence> quarters = planner.plan(tf("Hằng quý"));
        assertThat(quarters).hasSize(24);
        assertThat(quarters.subList(0, 5)).extracting(Occurrence::key, Occurrence::period, Occurrence::due)
                .containsExactly(
                        tuple("2025Q1", "Quý I/2025", d("2025-03-31")),
                        tuple("2025Q2", "Quý II/2025", d("2025-06-30")),
                        tuple("2025Q3", "Quý III/2025", d("2025-09-30")),
                        tuple("2025Q4", "Quý IV/2025", d("2025-12-31")),
                        tuple("2026Q1", "Quý I/2026", d("2026-03-31")));
        assertThat(quarters.get(1).start()).isEqualTo(d("2025-04-01"));
    }

    @Test
    void monthlyRecurrenceKeepsTheLastDayOfEachMonth() {
        Timeframe monthly = new Timeframe("Tháng 1/2028 và hằng tháng", TimeframeKind.RECURRING,
                d("2028-01-01"), d("2028-01-31"), "monthly");
        List<Occurrence> os = new OccurrencePlanner(2028, 2028, 30).plan(monthly);
        assertThat(os).hasSize(12);
        assertThat(os.subList(0, 3)).extracting(Occurrence::key, Occurrence::period, Occurrence::due)
                .containsExactly(tuple("202801", "Tháng 1/2028", d("2028-01-31")),
                        tuple("202802", "Tháng 2/2028", d("2028-02-29")),
                        tuple("202803", "Tháng 3/2028", d("2028-03-31")));
        assertThat(os.get(1).start()).isEqualTo(d("2028-02-01"));
    }

    @Test
    void recurrenceOutsideTheTrackingRange() {
        OccurrencePlanner p = new OccurrencePlanner(2026, 2027, 30);
        // a first year before the range: only the years inside it
        assertThat(p.plan(tf("Năm 2025 và thực hiện hàng năm"))).extracting(Occurrence::key)
                .containsExactly("2026", "2027");
        // a first year after the range: just the one the text states
        assertThat(p.plan(tf("Năm 2029 và thực hiện hàng năm"))).extracting(Occurrence::key, Occurrence::due)
                .containsExactly(tuple("2029", d("2029-12-31")));
    }

    @Test
    void ongoingIsReportedEachYearAndNeverDue() {
        List<Occurrence> os = planner.plan(tf("Thường xuyên"));
        assertThat(os).extracting(Occurrence::key).containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
        assertThat(os).extracting(Occurrence::period).startsWith("Năm 2025");
        assertThat(os).allMatch(o -> o.due() == null && o.ongoing() && !o.waiting());
        assertThat(os.get(1).start()).isEqualTo(d("2026-01-01"));
    }

    @Test
    void conditionalWaitsForItsDocumentThenFallsDueAfterNDays() {
        Timeframe t = tf("Khi có văn bản chỉ đạo của Trung ương");
        Occurrence waiting = planner.plan(t).get(0);
        assertThat(waiting).isEqualTo(new Occurrence("once", TimeframeKind.CONDITIONAL,
                "Khi có văn bản chỉ đạo của Trung ương", null, null, null, false));
        assertThat(waiting.waiting()).isTrue();

        Trigger doc = new Trigger(" 15-CT/TW ", d("2026-03-10"));
        Occurrence due = planner.plan(t, doc).get(0);
        assertThat(due.waiting()).isFalse();
        assertThat(due.key()).isEqualTo("once");
        assertThat(due.start()).isEqualTo(d("2026-03-10"));
        assertThat(due.due()).isEqualTo(d("2026-04-09"));
        assertThat(due.period()).isEqualTo("Theo văn bản số 15-CT/TW ngày 10/3/2026");
        assertThat(new OccurrencePlanner(2025, 2030, 45).plan(t, doc).get(0).due()).isEqualTo(d("2026-04-24"));
    }

    @Test
    void triggerIsIgnoredByOtherKinds() {
        Trigger doc = new Trigger("15-CT/TW", d("2026-03-10"));
        assertThat(planner.plan(tf("Quý III năm 2026"), doc)).isEqualTo(planner.plan(tf("Quý III năm 2026")));
    }

    @Test
    void unknownOrMissingTimeframeGivesOneUnclearOccurrence() {
        assertThat(planner.plan(tf("Sớm nhất có thể"))).containsExactly(
                new Occurrence("once", null, "Sớm nhất có thể", null, null, null, true));
        assertThat(planner.plan(null)).containsExactly(
                new Occurrence("once", null, "Chưa rõ thời gian", null, null, null, true));
        assertThat(planner.plan(tf(""))).containsExactly(
                new Occurrence("once", null, "Chưa rõ thời gian", null, null, null, true));
        Timeframe deadlineWithoutEnd = new Timeframe("Năm ?", TimeframeKind.DEADLINE, null, null, null);
        assertThat(planner.plan(deadlineWithoutEnd)).containsExactly(
                new Occurrence("once", TimeframeKind.DEADLINE, "Năm ?", null, null, null, true));
    }

    @Test
    void badSettingsAndTriggersAreRefusedInVietnamese() {
        assertThatThrownBy(() -> new OccurrencePlanner(2030, 2025, 30))
                .hasMessage("Khoảng năm theo dõi không hợp lệ: 2030–2025");
        assertThatThrownBy(() -> new OccurrencePlanner(2025, 2030, -1))
                .hasMessage("Số ngày thực hiện sau khi có văn bản không được âm: -1");
        assertThatThrownBy(() -> new Trigger(" ", d("2026-03-10")))
                .hasMessage("Văn bản làm căn cứ: thiếu số, ký hiệu văn bản");
        assertThatThrownBy(() -> new Trigger("15-CT/TW", null))
                .hasMessage("Văn bản làm căn cứ 15-CT/TW: thiếu ngày ban hành");
        assertThatThrownBy(() -> new Occurrence("once", TimeframeKind.RANGE, "x", d("2026-02-01"), d("2026-01-01"),
                null, false)).hasMessage("Lần thực hiện x: hạn 2026-01-01 trước ngày bắt đầu 2026-02-01");
    }

    @Test
    void shiftKeepsTheEndOfTheMonth() {
        assertThat(OccurrencePlanner.shift(d("2026-02-28"), 12)).isEqualTo(d("2027-02-28"));
        assertThat(OccurrencePlanner.shift(d("2027-02-28"), 12)).isEqualTo(d("2028-02-29"));
        assertThat(OccurrencePlanner.shift(d("2028-02-29"), 12)).isEqualTo(d("2029-02-28"));
        assertThat(OccurrencePlanner.shift(d("2026-04-30"), 1)).isEqualTo(d("2026-05-31"));
        assertThat(OccurrencePlanner.shift(d("2026-01-30"), 1)).isEqualTo(d("2026-02-28"));
        assertThat(OccurrencePlanner.shift(d("2026-01-15"), 3)).isEqualTo(d("2026-04-15"));
        assertThat(OccurrencePlanner.shift(null, 3)).isNull();
    }
}
