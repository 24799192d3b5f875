package vn.tiendo.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.task.TaskWorkStore.Row;

/**
 * The task side of the pages: "Việc của tôi" (an officer's open occurrences and the reports the unit owes), one
 * occurrence, and the task dashboard of a programme for a unit. Every status word is computed here from the due
 * date, the latest report and the clock ({@link DueRules}); none is typed. Access is checked by the callers.
 */
@Service
public class TaskWorkService {

    /** Reports due within this many days, or overdue, and not made yet are owed. */
    public static final int OWED_WITHIN_DAYS = 30;
    /** "Việc của tôi" lists at most this many occurrences. */
    static final int MY_LIMIT = 500;

    private final TaskWorkStore store;
    private final TaskOccurrenceService occurrences;
    private final Clock clock;
    private final DueRules rules = new DueRules();

    public TaskWorkService(TaskWorkStore store, TaskOccurrenceService occurrences, Clock clock) {
        this.store = store;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    /** An officer's work: open occurrences, overdue first then by due date, and the reports the unit owes. */
    public record MyWork(LocalDate asOf, List<WorkItem> open, List<WorkItem> owed) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The open occurrences the user is named responsible for or whose unit is within {@code unitIds} (the units
     * of the user's reporting grants), which have started and fall due within a year; planned first where needed.
     */
    @Transactional
    public MyWork mine(long userId, Collection<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            store.programmesToPlan(unitIds).forEach(occurrences::plan);
        }
        LocalDate day = today();
        List<WorkItem> open = store.mine(userId, unitIds, MY_LIMIT).stream().map(r -> item(r, day))
                .filter(w -> !w.done() && current(w.occurrence(), day))
                .sorted(Comparator.comparing((WorkItem w) -> !w.overdue())
                        .thenComparing(w -> w.occurrence().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<WorkItem> owed = open.stream().filter(w -> w.report() == null && w.occurrence().due() != null
                && !w.occurrence().due().isAfter(day.plusDays(OWED_WITHIN_DAYS))).toList();
        return new MyWork(day, open, owed);
    }

    /** One occurrence with its due state today. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> occurrence(long occurrenceId) {
        return store.occurrence(occurrenceId).map(r -> item(r, today()));
    }

    /** The programme's occurrences whose responsible unit is the unit or below it, judged today; planned first. */
    @Transactional
    public TaskDashboard dashboard(long programmeId, long unitId) {
        occurrences.ensurePlanned(programmeId);
        LocalDate day = today();
        List<WorkItem> items = store.ofProgramme(programmeId, unitId).stream().map(r -> item(r, day)).toList();
        return TaskDashboard.of(items, day);
    }

    /**
     * The programme's occurrences a unit answers for itself (the unit or a body directly under it, not the units
     * below), judged today; planned first. The period report of the unit shows them.
     */
    @Transactional
    public List<WorkItem> ofUnit(long programmeId, long unitId) {
        occurrences.ensurePlanned(programmeId);
        LocalDate day = today();
        return store.ofUnit(programmeId, unitId).stream().map(r -> item(r, day)).toList();
    }

    /** Started (or with no start) and due within a year, and of an ongoing task this year's: what an officer works on now. */
    private static boolean current(Occurrence o, LocalDate day) {
        if (o.ongoing()) {
            return o.start() == null || o.start().getYear() == day.getYear();
        }
        if (o.start() != null && o.start().isAfter(day)) {
            return false;
        }
        return o.due() == null || !o.due().isAfter(day.plusYears(1));
    }

    private WorkItem item(Row r, LocalDate day) {
        LatestReport latest = latest(r.report());
        DueState state = rules.state(r.occurrence(), latest, day);
        String leadBody = "BODY".equals(r.unitLevel()) ? r.unitName()
                : r.lead().isEmpty() ? "Chưa rõ cơ quan chủ trì" : r.lead().get(0);
        return new WorkItem(r.occurrenceId(), r.programmeId(), r.programmeNumber(), r.taskId(), r.taskCode(), r.title(), r.lead(),
                leadBody, r.unitId(), r.unitCode(), r.unitName(), r.commune(), r.responsibleUserId(), r.occurrence(), r.report(),
                state, DueRules.status(state, latest));
    }

    private LatestReport latest(WorkItem.Reported r) {
        if (r == null) {
            return null;
        }
        if (r.done()) {
            return LatestReport.done(r.completedOn() != null ? r.completedOn() : r.reportedAt().atZone(clock.getZone()).toLocalDate());
        }
        return LatestReport.inProgress(r.percent() == null ? 0 : r.percent());
    }
}
