package vn.tiendo.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.DataValuesChangedInBulk;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Saves actual values (lưu số liệu thực hiện) for every channel — form, Excel, API — in one
 * transaction: every input is validated first and any refusal refuses the whole batch; a value
 * changed by someone else since the user saw it is refused (optimistic locking); each change is
 * audited and announced as {@link DataValueChanged}. Demo values (dữ liệu minh họa) pass the same
 * validation and reporting rule, are stored flagged, and are loaded or deleted in bulk.
 */
@Service
public class DataValueService {

    /** The actor recorded for demo values and their audit records: the demo loader. */
    public static final String DEMO_ACTOR = "demo";

    private final EntryCatalog catalog;
    private final OrgUnitRepository units;
    private final ValueValidator validator;
    private final DataValueRepository values;
    private final AuditLog audit;
    private final AuditContext actor;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;
    private final TaskReportRepository reports;
    private final ReportLocks locks;

    public DataValueService(EntryCatalog catalog, OrgUnitRepository units, ValueValidator validator, DataValueRepository values,
                            AuditLog audit, AuditContext actor, ApplicationEventPublisher events, AccessPolicy access,
                            TaskReportRepository reports, ReportLocks locks) {
        this.reports = reports;
        this.locks = locks;
        this.catalog = catalog;
        this.units = units;
        this.validator = validator;
        this.values = values;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.access = access;
    }

    @Transactional
    public SaveResult save(List<ValueInput> inputs) {
        return save(inputs, List.of());
    }

    /**
     * Validates and stores all inputs, or nothing.
     *
     * @param earlierErrors refusals the channel already found (unknown codes, duplicated rows); they
     *                      are reported together with the validation errors
     * @throws EntryRejectedException with every refusal
     * @throws StaleValueException    when a value changed since the user saw it
     * @throws LockedReportException  when a value belongs to an approved (locked) report
     */
    @Transactional
    public SaveResult save(List<ValueInput> inputs, List<EntryError> earlierErrors) {
        List<EntryError> errors = new ArrayList<>(earlierErrors);
        Map<Long, EntryIndicator> indicators = new HashMap<>();
        Map<Long, OrgUnit> unitCache = new HashMap<>();
        Map<String, Field> seen = new HashMap<>();
        Map<ValueInput, CleanValue> clean = new LinkedHashMap<>();
        for (ValueInput in : inputs) {
            access.require(AccessPolicy.Permission.REPORT, in.orgUnitId());
            Optional<EntryIndicator> indicator = Optional.ofNullable(indicators.computeIfAbsent(in.indicatorId(),
                    id -> catalog.indicator(id).orElse(null)));
            Optional<OrgUnit> unit = Optional.ofNullable(unitCache.computeIfAbsent(in.orgUnitId(), id -> units.findById(id).orElse(null)));
            if (indicator.isEmpty() || unit.isEmpty()) {
                errors.add(new EntryError(in.field(), indicator.isEmpty() ? "không có chỉ tiêu mã nội bộ " + in.indicatorId()
                        : "không có đơn vị mã nội bộ " + in.orgUnitId()));
                continue;
            }
            Field first = seen.putIfAbsent(in.indicatorId() + "|" + in.orgUnitId() + "|" + in.period().code(), in.field());
            if (first != null) {
                errors.add(new EntryError(in.field(), indicator.get().label() + " của " + unit.get().fullName()
                        + " kỳ " + in.period().code() + " đã có ở " + first.label()));
                continue;
            }
            validator.check(in, indicator.get(), unit.get(), errors).ifPresent(v -> clean.put(in, v));
        }
        if (!errors.isEmpty()) {
            throw new EntryRejectedException(errors);
        }
        Map<Long, DataValueRepository.Measure> measures = values.measuresWithSharers(indicators.keySet());
        locks.requireOpen(clean.keySet().stream().flatMap(in -> measures.get(in.indicatorId()).programmeIds().stream()
                .map(programme -> new ReportLocks.Key(programme, in.orgUnitId(), in.period().code())))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        return store(clean, indicators, unitCache, measures);
    }

    /**
     * Stores generated demo values as the demo loader, all or nothing: each passes the same validation and
     * reporting rule as an entered value (a refusal is a bug of the generator and refuses the batch), is
     * flagged demo, and never replaces a value already stored. One audit record and one roll-up for the batch.
     *
     * @return the number of values stored
     * @throws EntryRejectedException with every refusal
     */
    @Transactional
    public int saveDemoValues(List<ValueInput> inputs) {
        return CurrentActor.runAs(DEMO_ACTOR, () -> {
            List<EntryError> errors = new ArrayList<>();
            Map<Long, EntryIndicator> indicators = new HashMap<>();
            Map<Long, OrgUnit> unitCache = new HashMap<>();
            Map<Long, Function<OrgUnit, Optional<String>>> rules = new HashMap<>();
            List<DataValueRepository.DemoRow> rows = new ArrayList<>();
            for (ValueInput in : inputs) {
                EntryIndicator indicator = indicators.computeIfAbsent(in.indicatorId(), id -> catalog.indicator(id).orElseThrow(
                        () -> new IllegalArgumentException("Không có chỉ tiêu mã nội bộ " + id)));
                OrgUnit unit = unitCache.computeIfAbsent(in.orgUnitId(), id -> units.findById(id).orElseThrow(
                        () -> new IllegalArgumentException("Không có đơn vị mã nội bộ " + id)));
                Optional<String> refusal = rules.computeIfAbsent(in.indicatorId(), id -> validator.rule().forIndicator(indicator))
                        .apply(unit);
                validator.check(in, indicator, unit, refusal, errors)
                        .ifPresent(v -> rows.add(new DataValueRepository.DemoRow(in.indicatorId(), in.orgUnitId(), in.period().code(), v)));
            }
            if (!errors.isEmpty()) {
                throw new EntryRejectedException(errors);
            }
            Map<Long, Long> measures = values.measures(indicators.keySet());
            int written = values.insertDemo(rows.stream().map(r -> new DataValueRepository.DemoRow(
                    measures.getOrDefault(r.indicatorId(), r.indicatorId()), r.orgUnitId(), r.period(), r.value())).toList(), DEMO_ACTOR);
            audit.record("CREATE", "data_value", null, null, null, Map.of("demo", written), "Tạo " + written + " số liệu minh họa");
            events.publishEvent(new DataValuesChangedInBulk(written));
            return written;
        });
    }

    /**
     * Deletes every demo value and demo task report (real values untouched), audited, with one roll-up;
     * only an administrator of the whole country may.
     *
     * @return the number of demo values deleted
     */
    @Transactional
    public int deleteDemoValues() {
        access.require(AccessPolicy.Permission.ADMIN, units.nation().id());
        int deleted = values.deleteDemo();
        int deletedReports = reports.deleteDemo();
        audit.record("DELETE", "data_value", null, null, Map.of("demo", deleted, "demoReports", deletedReports), null,
                "Xóa " + deleted + " số liệu minh họa");
        events.publishEvent(new DataValuesChangedInBulk(deleted));
        return deleted;
    }

    /** How many demo values and reports there are beside the real values. */
    public DemoValueCounts demoCounts() {
        return new DemoValueCounts(values.count(true), values.count(false), reports.count(true));
    }

    private SaveResult store(Map<ValueInput, CleanValue> clean, Map<Long, EntryIndicator> indicators, Map<Long, OrgUnit> unitCache,
                             Map<Long, DataValueRepository.Measure> measures) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<StoredValue> stored = new ArrayList<>();
        List<StaleValueException.Conflict> conflicts = new ArrayList<>();
        for (Map.Entry<ValueInput, CleanValue> e : clean.entrySet()) {
            ValueInput in = e.getKey();
            EntryIndicator indicator = indicators.get(in.indicatorId());
            OptimisticSave.Outcome<StoredValue> o = OptimisticSave.save(in.expected(), in.field(), "số liệu " + indicator.label(),
                    rows(in, measures.get(in.indicatorId()).measureId(), e.getValue()));
            switch (o.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case CONFLICT -> conflicts.add(o.conflict());
            }
            if (o.changed()) {
                changed(o.before(), o.after(), indicator, unitCache.get(in.orgUnitId()));
            }
            stored.add(o.after().as(in.indicatorId()));
        }
        if (!conflicts.isEmpty()) {
            throw new StaleValueException(conflicts);
        }
        return new SaveResult(created, updated, unchanged, stored);
    }

    /**
     * The row of {@code in}'s unit and period under the indicator's measure (one row for linked indicators,
     * docs/cascade.md "Entered once"), to be set to {@code v}.
     */
    private OptimisticSave.Rows<StoredValue> rows(ValueInput in, long measure, CleanValue v) {
        String period = in.period().code();
        return new OptimisticSave.Rows<>() {
            @Override
            public Optional<StoredValue> current() {
                return values.findStored(measure, in.orgUnitId(), period);
            }

            @Override
            public Optional<StoredValue> insert() {
                return values.insert(measure, in.orgUnitId(), period, v, actor.actor());
            }

            @Override
            public Optional<StoredValue> update(StoredValue current) {
                return values.update(current, v, actor.actor());
            }

            @Override
            public boolean holdsWanted(StoredValue stored) {
                return stored.sameAs(v);
            }

            @Override
            public OptimisticSave.Stamp stamp(StoredValue stored) {
                return new OptimisticSave.Stamp(stored.updatedBy(), stored.updatedAt(), stored.version());
            }
        };
    }

    private void changed(StoredValue before, StoredValue after, EntryIndicator indicator, OrgUnit unit) {
        audit.record(before == null ? "CREATE" : "UPDATE", "data_value", after.id(), unit.id(), snapshot(before, indicator, unit),
                snapshot(after, indicator, unit), (before == null ? "Nhập " : "Sửa ") + "số liệu " + indicator.code() + " ("
                        + indicator.programmeNumber() + ") của " + unit.fullName() + " kỳ " + after.period() + ": "
                        + (before == null ? "" : before.display() + " → ") + after.display());
        events.publishEvent(new DataValueChanged(after.indicatorId(), after.orgUnitId(), after.period()));
    }

    private static Map<String, Object> snapshot(StoredValue v, EntryIndicator indicator, OrgUnit unit) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", indicator.programmeNumber());
        m.put("indicator", indicator.code());
        m.put("orgUnit", unit.code());
        m.put("period", v.period());
        m.put("value", v.value());
        m.put("text", v.text());
        m.put("comment", v.comment());
        m.put("version", v.version());
        return m;
    }
}
