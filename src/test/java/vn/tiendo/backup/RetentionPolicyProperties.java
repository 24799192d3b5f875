package vn.tiendo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The retention of nightly backups: 7 daily, 4 weekly, never more, always the newest. */
class RetentionPolicyProperties {

    final RetentionPolicy policy = RetentionPolicy.DEFAULT;

    @Provide
    Arbitrary<List<LocalDate>> days() {
        return Arbitraries.integers().between(0, 400).map(i -> LocalDate.of(2026, 1, 1).plusDays(i)).list().ofMaxSize(120);
    }

    @Property
    void keepsOnlyBackupsThatExistAndAtMostElevenDays(@ForAll("days") List<LocalDate> days) {
        Set<LocalDate> keep = policy.keep(days);
        assertThat(days).containsAll(keep);
        assertThat(keep.size()).isLessThanOrEqualTo(7 + 4);
    }

    @Property
    void keepsTheSevenNewestBackupDays(@ForAll("days") List<LocalDate> days) {
        List<LocalDate> newest = days.stream().distinct().sorted(Comparator.reverseOrder()).limit(7).toList();
        assertThat(policy.keep(days)).containsAll(newest);
    }

    @Property
    void keepsTheNewestBackupOfEachOfTheFourNewestWeeks(@ForAll("days") List<LocalDate> days) {
        List<LocalDate> weeks = days.stream().map(RetentionPolicyProperties::monday).distinct()
                .sorted(Comparator.reverseOrder()).limit(4).toList();
        Set<LocalDate> keep = policy.keep(days);
        for (LocalDate week : weeks) {
            LocalDate newestOfWeek = days.stream().filter(d -> monday(d).equals(week)).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(keep).contains(newestOfWeek);
        }
    }

    @Property
    void pruningTwiceChangesNothing(@ForAll("days") List<LocalDate> days) {
        Set<LocalDate> keep = policy.keep(days);
        assertThat(policy.keep(keep)).isEqualTo(keep);
    }

    @Property
    void aWeekWithoutServerNeverLosesTheLastBackups(@ForAll("days") List<LocalDate> days) {
        if (!days.isEmpty()) {
            assertThat(policy.keep(days)).contains(days.stream().max(Comparator.naturalOrder()).orElseThrow());
        }
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
