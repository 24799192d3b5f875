package vn.tiendo.backup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which nightly backups to keep: the newest {@code daily} backup days, and the newest backup of each of the
 * {@code weekly} most recent weeks (Monday to Sunday) that have one. Counted over the days that have a
 * backup, not calendar days, so a server that was down for a week never loses its last good backups.
 */
public record RetentionPolicy(int daily, int weekly) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(7, 4);

    public RetentionPolicy {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("Chính sách giữ bản sao lưu không hợp lệ: giữ ít nhất 1 bản hằng ngày, số bản hằng tuần không âm.");
        }
    }

    /** The backup days to keep among {@code days}; every other day's backup may be deleted. */
    public Set<LocalDate> keep(Collection<LocalDate> days) {
        List<LocalDate> newestFirst = days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> keep = new TreeSet<>(newestFirst.subList(0, Math.min(daily, newestFirst.size())));
        Map<LocalDate, LocalDate> newestOfWeek = new LinkedHashMap<>();
        for (LocalDate d : newestFirst) {
            newestOfWeek.putIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d);
        }
        newestOfWeek.values().stream().limit(weekly).forEach(keep::add);
        return keep;
    }
}
