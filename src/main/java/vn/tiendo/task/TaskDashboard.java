package vn.tiendo.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task dashboard of a programme for a unit (bảng theo dõi nhiệm vụ), from its occurrences judged on a day:
 * counts by official status word, overdue by lead body, what falls due in the next 30 days, a 2025–2030
 * timeline and the communes ranked by overdue occurrences.
 *
 * @param counts        number of occurrences per status, every status present
 * @param overdueByLead overdue occurrences per lead body, most first
 * @param dueSoon       not done and due within {@link TaskWorkService#OWED_WITHIN_DAYS} days from the day
 * @param timeline      per year 2025–2030, the occurrences due that year by where they stand
 * @param communes      communes with overdue occurrences, most first
 */
public record TaskDashboard(LocalDate asOf, int total, int overdue, Map<TaskStatus, Integer> counts, List<Count> overdueByLead,
                            List<WorkItem> dueSoon, List<Year> timeline, List<Count> communes, List<WorkItem> items) {

    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2030;

    /** A named count; {@code code} is the unit code where there is one. */
    public record Count(String code, String name, int count) {
    }

    /** Occurrences due in a year: done on time, done late, overdue and still open (not yet due). */
    public record Year(int year, int doneOnTime, int doneLate, int overdue, int open) {
    }

    static TaskDashboard of(List<WorkItem> items, LocalDate day) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        Map<String, Count> byLead = new LinkedHashMap<>();
        Map<String, Count> byCommune = new LinkedHashMap<>();
        int overdue = 0;
        for (WorkItem w : items) {
            counts.merge(w.status(), 1, Integer::sum);
            if (w.overdue()) {
                overdue++;
                byLead.merge(w.leadBody(), new Count(null, w.leadBody(), 1), TaskDashboard::plus);
                if (w.commune() != null) {
                    byCommune.merge(w.commune().code(), new Count(w.commune().code(), w.commune().name(), 1), TaskDashboard::plus);
                }
            }
        }
        List<WorkItem> dueSoon = items.stream().filter(w -> !w.done() && w.occurrence().due() != null
                && !w.occurrence().due().isBefore(day) && !w.occurrence().due().isAfter(day.plusDays(TaskWorkService.OWED_WITHIN_DAYS)))
                .toList();
        return new TaskDashboard(day, items.size(), overdue, counts, ranked(byLead), dueSoon, timeline(items), ranked(byCommune), items);
    }

    private static Count plus(Count a, Count b) {
        return new Count(a.code(), a.name(), a.count() + b.count());
    }

    private static List<Count> ranked(Map<String, Count> counts) {
        return counts.values().stream()
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name)).toList();
    }

    private static List<Year> timeline(List<WorkItem> items) {
        List<Year> out = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            int year = y;
            List<WorkItem> due = items.stream().filter(w -> w.occurrence().due() != null && w.occurrence().due().getYear() == year)
                    .toList();
            out.add(new Year(y, (int) due.stream().filter(w -> w.state() == DueState.DONE_ON_TIME).count(),
                    (int) due.stream().filter(w -> w.state() == DueState.DONE_LATE).count(),
                    (int) due.stream().filter(WorkItem::overdue).count(),
                    (int) due.stream().filter(w -> !w.done() && !w.overdue()).count()));
        }
        return out;
    }
}
