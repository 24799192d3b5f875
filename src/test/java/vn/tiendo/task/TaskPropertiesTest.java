package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

class TaskPropertiesTest {

    private final OccurrencePlanner planner = new OccurrencePlanner();
    private final DueRules rules = new DueRules();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 12).map(i -> LocalDate.of(2023, 1, 1).plusDays(i));
    }

    @Provide
    Arbitrary<LatestReport> reports() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(0, 100).map(LatestReport::inProgress),
                dates().map(LatestReport::done));
    }

    @Provide
    Arbitrary<Timeframe> deadlines() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 400))
                .as((start, len) -> new Timeframe("hạn", TimeframeKind.DEADLINE, start, start.plusDays(len), null));
    }

    @Provide
    Arbitrary<Timeframe> recurrences() {
        Arbitrary<String> every = Arbitraries.of("yearly", "quarterly", "monthly");
        Arbitrary<Timeframe> anchored = Combinators.combine(Arbitraries.integers().between(2025, 2030),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 40), every)
                .as((y, m, len, r) -> {
                    LocalDate end = LocalDate.of(y, m, 1).plusMonths(1).minusDays(1);
                    return new Timeframe("định kỳ", TimeframeKind.RECURRING, end.minusDays(len), end, r);
                });
        Arbitrary<Timeframe> bare = every.map(r -> new Timeframe("hằng kỳ", TimeframeKind.RECURRING, null, null, r));
        return Arbitraries.oneOf(anchored, bare);
    }

    @Provide
    Arbitrary<Timeframe> timeframes() {
        Arbitrary<Timeframe> range = Combinators.combine(dates(), Arbitraries.integers().between(0, 2000))
                .as((s, len) -> new Timeframe("giai đoạn", TimeframeKind.RANGE, s, s.plusDays(len), null));
        Arbitrary<Timeframe> fixed = Arbitraries.of(
                new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null),
                new Timeframe("Khi có văn bản", TimeframeKind.CONDITIONAL, null, null, null),
                new Timeframe("Từ năm 2026", TimeframeKind.RANGE, LocalDate.of(2026, 1, 1), null, null),
                new Timeframe("Sớm nhất có thể", null, null, null, null));
        return Arbitraries.oneOf(deadlines(), range, recurrences(), fixed);
    }

    @Provide
    Arbitrary<Trigger> triggers() {
        return Arbitraries.oneOf(Arbitraries.just(null), dates().map(d -> new Trigger("15-CT/TW", d)));
    }

    @Property
    void anOngoingOccurrenceIsNeverOverdueNorDone(@ForAll("reports") LatestReport r, @ForAll("dates") LocalDate asOf) {
        for (Occurrence o : planner.plan(new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null))) {
            assertThat(rules.state(o, r, asOf)).isEqualTo(DueState.ONGOING);
            assertThat(rules.status(o, r, asOf)).isEqualTo(TaskStatus.THUC_HIEN_THUONG_XUYEN);
        }
    }

    @Property
    void aDoneOccurrencesStateDoesNotDependOnTheDay(@ForAll("timeframes") Timeframe t, @ForAll("triggers") Trigger g,
                                                   @ForAll("dates") LocalDate doneOn, @ForAll("dates") LocalDate a,
                                                   @ForAll("dates") LocalDate b) {
        LatestReport done = LatestReport.done(doneOn);
        for (Occurrence o : planner.plan(t, g)) {
            assertThat(rules.state(o, done, a)).isEqualTo(rules.state(o, done, b));
            assertThat(rules.status(o, done, a)).isEqualTo(rules.status(o, done, b));
        }
    }

    @Property
    void aDeadlineIsOverdueIffTheDayIsPastItsDueAndNotDone(@ForAll("deadlines") Timeframe t,
                                                           @ForAll("reports") LatestReport r,
                                                           @ForAll("dates") LocalDate asOf) {
        List<Occurrence> os = planner.plan(t);
        assertThat(os).hasSize(1);
        Occurrence o = os.get(0);
        assertThat(o.due()).isEqualTo(t.end());
        boolean done = r != null && r.done();
        assertThat(rules.state(o, r, asOf) == DueState.OVERDUE).isEqualTo(asOf.isAfter(o.due()) && !done);
        assertThat(rules.status(o, r, asOf) == TaskStatus.DANG_THUC_HIEN_QUA_HAN)
                .isEqualTo(asOf.isAfter(o.due()) && !done);
    }

    @Property
    void dueSoonIsWithinTheWindow(@ForAll("deadlines") Timeframe t, @ForAll("dates") LocalDate asOf,
                                  @ForAll @IntRange(min = 0, max = 60) int window) {
        Occurrence o = planner.plan(t).get(0);
        boolean soon = !asOf.isAfter(o.due()) && !asOf.plusDays(window).isBefore(o.due());
        assertThat(new DueRules(window).state(o, null, asOf) == DueState.DUE_SOON).isEqualTo(soon);
    }

    @Property
    void recurrenceYieldsOnePerPeriodWithIncreasingDueDates(@ForAll("recurrences") Timeframe t) {
        List<Occurrence> os = planner.plan(t);
        int perYear = switch (t.recurrence()) {
            case "quarterly" -> 4;
            case "monthly" -> 12;
            default -> 1;
        };
        int firstYear = t.end() == null ? 2025 : t.end().getYear();
        // each year of the range holds exactly perYear occurrences, except a first year that starts part-way
        for (int y = firstYear + 1; y <= 2030; y++) {
            int year = y;
            assertThat(os.stream().filter(o -> o.due().getYear() == year)).as("year %d", y).hasSize(perYear);
        }
        if (perYear == 1) {
            assertThat(os).hasSize(2030 - firstYear + 1);
        }
        assertThat(os.get(0).due()).isEqualTo(t.end() == null ? os.get(0).due() : t.end());
        for (int i = 1; i < os.size(); i++) {
            assertThat(os.get(i).due()).isAfter(os.get(i - 1).due());
        }
        assertThat(os).extracting(Occurrence::key).doesNotHaveDuplicates();
        assertThat(os).allMatch(o -> o.due().getYear() >= 2025 && o.due().getYear() <= 2030);
    }

    @Property
    void everyPlanIsWellFormed(@ForAll("timeframes") Timeframe t, @ForAll("triggers") Trigger g) {
        List<Occurrence> os = planner.plan(t, g);
        assertThat(os).isNotEmpty();
        assertThat(os).extracting(Occurrence::key).doesNotHaveDuplicates();
        assertThat(os).allMatch(o -> o.start() == null || o.due() == null || !o.due().isBefore(o.start()));
        assertThat(os).allMatch(o -> o.unclear() == (t.kind() == null));
        boolean conditional = t.kind() == TimeframeKind.CONDITIONAL;
        assertThat(os).allMatch(o -> o.waiting() == (conditional && g == null));
        if (conditional && g != null) {
            assertThat(os.get(0).due()).isEqualTo(g.date().plusDays(30));
        }
    }

    @Property
    void statusAndStateAgree(@ForAll("timeframes") Timeframe t, @ForAll("triggers") Trigger g,
                             @ForAll("reports") LatestReport r, @ForAll("dates") LocalDate asOf) {
        for (Occurrence o : planner.plan(t, g)) {
            DueState s = rules.state(o, r, asOf);
            TaskStatus status = rules.status(o, r, asOf);
            assertThat(s == DueState.OVERDUE).isEqualTo(status == TaskStatus.DANG_THUC_HIEN_QUA_HAN);
            assertThat(s.done()).isEqualTo(status == TaskStatus.HOAN_THANH_DUNG_HAN
                    || status == TaskStatus.HOAN_THANH_QUA_HAN);
            assertThat(s == DueState.WAITING).isEqualTo(status == TaskStatus.CHO_VAN_BAN);
            assertThat(s == DueState.OVERDUE || s == DueState.DUE_SOON).isEqualTo(s != DueState.ONGOING
                    && o.due() != null && !s.done() && !asOf.plusDays(7).isBefore(o.due()));
        }
    }
}
