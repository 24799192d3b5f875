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
import vn.tiendo.bodies.BodiesChanged;
import vn.tiendo.bodies.ProgrammeBodies;
import vn.tiendo.programmes.ProgrammeTasksReplacing;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.Task;
import vn.tiendo.task.TaskOccurrenceStore.ProgrammeOwner;
import vn.tiendo.task.TaskOccurrenceStore.StoredOccurrence;
import vn.tiendo.task.TaskOccurrenceStore.StoredReport;
import vn.tiendo.task.TaskOccurrenceStore.StoredTask;

/**
 * Occurrences of stored tasks: planned for each resolved lead body of a task (else the programme's owning
 * unit) by {@link OccurrencePlanner}, listed with their due state as of a day, and the "6 rõ"
 * check of every task from its stored rows.
 *
 * <p>Planning is idempotent by occurrence key: re-planning updates open occurrences whose dates changed,
 * leaves occurrences reported done as they are, and removes occurrences no longer planned unless a
 * report was made on them. Reports live in task_report with the occurrence key as period; for the single
 * occurrence of a deadline, range or conditional task ("once") the latest report of the task and unit in
 * any period counts, so reports typed per year in the entry sheet count too. A body without a report of
 * its own takes the report of the province or commune it belongs to (the entry sheet reports per unit).
 */
@Service
public class TaskOccurrenceService {

    private final TaskOccurrenceStore store;
    private final Clock clock;
    private final OccurrencePlanner planner;
    private final DueRules rules;
    private final ProgrammeBodies bodies;
    private final TaskAccountabilityStore accountability;

    @Autowired
    public TaskOccurrenceService(TaskOccurrenceStore store, Clock clock, ProgrammeBodies bodies,
                                 TaskAccountabilityStore accountability) {
        this(store, clock, new OccurrencePlanner(), new DueRules(), bodies, accountability);
    }

    public TaskOccurrenceService(TaskOccurrenceStore store, Clock clock, OccurrencePlanner planner, DueRules rules,
                                 ProgrammeBodies bodies, TaskAccountabilityStore accountability) {
        this.bodies = bodies;
        this.accountability = accountability;
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
     * Resolves the bodies of the programme's tasks and plans (again) every task for each of its resolved
     * lead bodies, or for the programme's owning unit when its lead resolved to no body. Occurrences of
     * units no longer responsible are removed unless reported on.
     *
     * @return number of occurrences created, changed or removed
     */
    @Transactional
    public int plan(long programmeId) {
        ProgrammeOwner owner = owner(programmeId);
        bodies.resolve(programmeId);
        Map<Long, List<Long>> leads = bodies.leads(programmeId);
        Map<Long, Trigger> triggers = store.triggers(programmeId);
        Reports reports = new Reports(store.reports(programmeId), store.bodyParents(programmeId));
        int changed = 0;
        for (StoredTask t : store.tasks(programmeId)) {
            List<Occurrence> planned = planner.plan(t.task().timeframe(), triggers.get(t.id()));
            List<Long> units = leads.getOrDefault(t.id(), List.of(owner.unitId()));
            for (long unitId : units) {
                changed += plan(t.id(), unitId, planned, reports);
            }
            changed += store.deleteOtherUnits(t.id(), units);
        }
        return changed;
    }

    private int plan(long taskId, long unitId, List<Occurrence> planned, Reports reports) {
        int changed = 0;
        Set<String> keys = new HashSet<>();
        for (Occurrence o : planned) {
            keys.add(o.key());
            LatestReport latest = reports.latest(taskId, unitId, o.key());
            // an occurrence reported done keeps its dates (created when missing, e.g. for a new responsible unit)
            changed += latest == null || !latest.done() ? store.save(taskId, unitId, o) : store.insertIfMissing(taskId, unitId, o);
        }
        return changed + store.deleteUnplanned(taskId, unitId, keys);
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
        if (!bodies.resolved(programmeId) || store.unplannedTasks(programmeId) > 0) {
            plan(programmeId);
        }
        LocalDate day = asOf == null ? today() : asOf;
        Map<Long, Task> tasks = new HashMap<>();
        store.tasks(programmeId).forEach(t -> tasks.put(t.id(), t.task()));
        Reports reports = new Reports(store.reports(programmeId), store.bodyParents(programmeId));
        List<Listed> out = new ArrayList<>();
        for (StoredOccurrence so : store.occurrences(programmeId, unitId)) {
            LatestReport latest = reports.latest(so.taskId(), so.unitId(), so.occurrence().key());
            DueState state = rules.state(so.occurrence(), latest, day);
            out.add(new Listed(TaskOccurrenceView.of(tasks.get(so.taskId()), so.unitCode(), so.bodyName(), so.occurrence(), state),
                    DueRules.status(state, latest)));
        }
        return out;
    }

    /** The "6 rõ" check of every task of the programme, from what is stored about it and the officers' fixes. */
    @Transactional
    public List<TaskCheck> check(long programmeId) {
        return review(programmeId).stream().map(r -> new TaskCheck(r.code(), r.title(), r.check())).toList();
    }

    /** Every task of the programme with its "6 rõ" check and what the "6 rõ" page shows and fixes. */
    @Transactional
    public List<TaskReview> review(long programmeId) {
        LocalDate issuedOn = owner(programmeId).issuedOn();
        if (!bodies.resolved(programmeId) || store.unplannedTasks(programmeId) > 0) {
            plan(programmeId);
        }
        Map<Long, Trigger> triggers = store.triggers(programmeId);
        Map<Long, Accountability> fixes = accountability.byProgramme(programmeId);
        Map<Long, Map<Long, String>> people = accountability.responsible(programmeId);
        Map<Long, List<Long>> leads = bodies.leads(programmeId);
        List<TaskReview> out = new ArrayList<>();
        for (StoredTask t : store.tasks(programmeId)) {
            Accountability fix = fixes.getOrDefault(t.id(), Accountability.none(t.id()));
            Map<Long, String> named = people.getOrDefault(t.id(), Map.of());
            String person = named.isEmpty() ? null : String.join("; ", new java.util.TreeSet<>(named.values()));
            Task task = t.task();
            TaskFacts facts = new TaskFacts(task.title(), task.timeframe(), task.lead(),
                    task.leadInferred() && !fix.leadConfirmed(), leads.containsKey(t.id()), person, fix.approver(),
                    fix.deliverable(), fix.linkedIndicatorCode(), triggers.get(t.id()), issuedOn);
            out.add(new TaskReview(t.id(), task.code(), task.title(), task, leads.getOrDefault(t.id(), List.of()), named,
                    fix, SixClearCheck.check(facts)));
        }
        return out;
    }

    /** Plans the programme's tasks when one of them has no occurrence yet (pages listing occurrences call it first). */
    @Transactional
    public void ensurePlanned(long programmeId) {
        if (!bodies.resolved(programmeId) || store.unplannedTasks(programmeId) > 0) {
            plan(programmeId);
        }
    }

    /** Removes the programme's occurrences nobody reported on, so that its tasks may be deleted. */
    @Transactional
    public int forgetUnreported(long programmeId) {
        return store.deleteUnreported(programmeId);
    }

    /** Programmes whose bodies were resolved again after an alias changed are planned again. */
    @EventListener
    void onBodiesChanged(BodiesChanged event) {
        event.programmeIds().forEach(this::plan);
    }

    /** A replaced programme's unreported occurrences are planned again from its new time frames. */
    @EventListener
    void onReplace(ProgrammeTasksReplacing event) {
        store.deleteUnreported(event.programmeId());
    }

    /** The latest report per task, unit and occurrence key. */
    private final class Reports {

        private final Map<String, List<StoredReport>> byTaskUnit = new HashMap<>();

        private final Map<Long, Long> bodyParents;

        /** @param bodyParents the unit each responsible body belongs to, by body id */
        Reports(List<StoredReport> reports, Map<Long, Long> bodyParents) {
            this.bodyParents = bodyParents;
            for (StoredReport r : reports) {
                byTaskUnit.computeIfAbsent(r.taskId() + "/" + r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }

        /** The body's own latest report, else (reports typed for the unit in the entry sheet) its unit's. */
        LatestReport latest(long taskId, long unitId, String key) {
            LatestReport own = latestOf(taskId, unitId, key);
            Long parent = bodyParents.get(unitId);
            return own != null || parent == null ? own : latestOf(taskId, parent, key);
        }

        private LatestReport latestOf(long taskId, long unitId, String key) {
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
