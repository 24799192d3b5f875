package vn.tiendo.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.tiendo.programmes.ProgrammeTasksReplacing;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.Task;
import vn.tiendo.task.TaskOccurrenceStore.ProgrammeOwner;
import vn.tiendo.task.TaskOccurrenceStore.StoredOccurrence;
import vn.tiendo.task.TaskOccurrenceStore.StoredReport;
import vn.tiendo.task.TaskOccurrenceStore.StoredTask;

/**
 * Occurrences of stored tasks: planned for the programme's owning unit (for now the responsible unit of
 * every task) by {@link OccurrencePlanner}, listed with their due state as of a day, and the "6 rõ"
 * check of every task from its stored rows.
 *
 * <p>Planning is idempotent by occurrence key: re-planning updates open occurrences whose dates changed,
 * leaves occurrences reported done as they are, and removes occurrences no longer planned unless a
 * report was made on them. Reports live in task_report with the occurrence key as period; for the single
 * occurrence of a deadline, range or conditional task ("once") the latest report of the task and unit in
 * any period counts, so reports typed per year in the entry sheet count too.
 */
@Service
public class TaskOccurrenceService {

    private final TaskOccurrenceStore store;
    private final Clock clock;
    private final OccurrencePlanner planner;
    private final DueRules rules;

    @Autowired
    public TaskOccurrenceService(TaskOccurrenceStore store, Clock clock) {
        this(store, clock, new OccurrencePlanner(), new DueRules());
    }

    public TaskOccurrenceService(TaskOccurrenceStore store, Clock clock, OccurrencePlanner planner, DueRules rules) {
        this.store = store;
        this.clock = clock;
        this.planner = planner;
        this.rules = rules;
    }

    /** One listed occurrence: its command-line view and its official status word. */
    public record Listed(TaskOccurrenceView view, TaskStatus status) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The programme's number and owning unit; refused with a Vietnamese message when there is none. */
    public ProgrammeOwner owner(long programmeId) {
        return store.owner(programmeId)
                .orElseThrow(() -> new TaskLookupException("Không có văn bản mã " + programmeId + "."));
    }

    /**
     * Plans (again) every task of the programme for its owning unit.
     *
     * @return number of occurrences created, changed or removed
     */
    @Transactional
    public int plan(long programmeId) {
        ProgrammeOwner owner = owner(programmeId);
        Map<Long, Trigger> triggers = store.triggers(programmeId, owner.unitId());
        Reports reports = new Reports(store.reports(programmeId));
        int changed = 0;
        for (StoredTask t : store.tasks(programmeId)) {
            List<Occurrence> planned = planner.plan(t.task().timeframe(), triggers.get(t.id()));
            Set<String> keys = new HashSet<>();
            for (Occurrence o : planned) {
                keys.add(o.key());
                LatestReport latest = reports.latest(t.id(), owner.unitId(), o.key());
                if (latest == null || !latest.done()) { // an occurrence reported done keeps its dates
                    changed += store.save(t.id(), owner.unitId(), o);
                }
            }
            changed += store.deleteUnplanned(t.id(), owner.unitId(), keys);
        }
        return changed;
    }

    /**
     * The programme's occurrences with their due state on a day, planned first if any task has none.
     *
     * @param unitCode code of the responsible unit to keep, null for all
     * @param asOf     the day to judge on, null for today
     */
    @Transactional
    public List<Listed> list(long programmeId, String unitCode, LocalDate asOf) {
        ProgrammeOwner owner = owner(programmeId);
        Long unitId = unitCode == null || unitCode.isBlank() ? null : store.unitId(unitCode).orElseThrow(() ->
                new TaskLookupException("Không có đơn vị mã \"" + unitCode.strip() + "\"; tìm mã bằng: tiendo units"));
        if (store.unplannedTasks(programmeId, owner.unitId()) > 0) {
            plan(programmeId);
        }
        LocalDate day = asOf == null ? today() : asOf;
        Map<Long, Task> tasks = new HashMap<>();
        store.tasks(programmeId).forEach(t -> tasks.put(t.id(), t.task()));
        Reports reports = new Reports(store.reports(programmeId));
        List<Listed> out = new ArrayList<>();
        for (StoredOccurrence so : store.occurrences(programmeId, unitId)) {
            LatestReport latest = reports.latest(so.taskId(), so.unitId(), so.occurrence().key());
            DueState state = rules.state(so.occurrence(), latest, day);
            out.add(new Listed(TaskOccurrenceView.of(tasks.get(so.taskId()), so.unitCode(), so.occurrence(), state),
                    DueRules.status(state, latest)));
        }
        return out;
    }

    /** The "6 rõ" check of every task of the programme, from what is stored about it. */
    @Transactional(readOnly = true)
    public List<TaskCheck> check(long programmeId) {
        ProgrammeOwner owner = owner(programmeId);
        Map<Long, Trigger> triggers = store.triggers(programmeId, owner.unitId());
        List<TaskCheck> out = new ArrayList<>();
        for (StoredTask t : store.tasks(programmeId)) {
            Task task = t.task();
            // bodies, people, approvers and deliverables are not stored yet: only what the document says
            TaskFacts facts = new TaskFacts(task.title(), task.timeframe(), task.lead(), task.leadInferred(), false,
                    null, null, null, null, triggers.get(t.id()));
            out.add(new TaskCheck(task.code(), task.title(), SixClearCheck.check(facts)));
        }
        return out;
    }

    /** Plans the programme's tasks when one of them has no occurrence yet (pages listing occurrences call it first). */
    @Transactional
    public void ensurePlanned(long programmeId) {
        if (store.unplannedTasks(programmeId, owner(programmeId).unitId()) > 0) {
            plan(programmeId);
        }
    }

    /** Removes the programme's occurrences nobody reported on, so that its tasks may be deleted. */
    @Transactional
    public int forgetUnreported(long programmeId) {
        return store.deleteUnreported(programmeId);
    }

    /** A replaced programme's unreported occurrences are planned again from its new time frames. */
    @EventListener
    void onReplace(ProgrammeTasksReplacing event) {
        store.deleteUnreported(event.programmeId());
    }

    /** The latest report per task, unit and occurrence key. */
    private final class Reports {

        private final Map<String, List<StoredReport>> byTaskUnit = new HashMap<>();

        Reports(List<StoredReport> reports) {
            for (StoredReport r : reports) {
                byTaskUnit.computeIfAbsent(r.taskId() + "/" + r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }

        LatestReport latest(long taskId, long unitId, String key) {
            return byTaskUnit.getOrDefault(taskId + "/" + unitId, List.of()).stream()
                    .filter(r -> OccurrencePlanner.ONCE.equals(key) || key.equals(r.period()))
                    .max(Comparator.comparing(StoredReport::reportedAt))
                    .map(this::of).orElse(null);
        }

        private LatestReport of(StoredReport r) {
            if ("DONE".equals(r.status())) {
                return LatestReport.done(r.completedOn() != null ? r.completedOn() : r.reportedAt().atZone(clock.getZone()).toLocalDate());
            }
            return LatestReport.inProgress(r.percent() == null ? 0 : r.percent());
        }
    }
}
