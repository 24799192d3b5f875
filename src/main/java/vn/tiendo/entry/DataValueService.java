package vn.tiendo.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Saves actual values (lưu số liệu thực hiện) for every channel — form, Excel, API — in one
 * transaction: every input is validated first and any refusal refuses the whole batch; a value
 * changed by someone else since the user saw it is refused (optimistic locking); each change is
 * audited and announced as {@link DataValueChanged}.
 */
@Service
public class DataValueService {

    private final EntryCatalog catalog;
    private final OrgUnitRepository units;
    private final ValueValidator validator;
    private final DataValueRepository values;
    private final AuditLog audit;
    private final AuditContext actor;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;
    private final ReportLocks locks;

    public DataValueService(EntryCatalog catalog, OrgUnitRepository units, ValueValidator validator, DataValueRepository values,
                            AuditLog audit, AuditContext actor, ApplicationEventPublisher events, AccessPolicy access,
                            ReportLocks locks) {
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
        locks.requireOpen(clean.keySet().stream().map(in -> new ReportLocks.Key(indicators.get(in.indicatorId()).programmeId(),
                in.orgUnitId(), in.period().code())).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        return store(clean, indicators, unitCache);
    }

    private SaveResult store(Map<ValueInput, CleanValue> clean, Map<Long, EntryIndicator> indicators, Map<Long, OrgUnit> unitCache) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<StoredValue> stored = new ArrayList<>();
        List<StaleValueException.Conflict> conflicts = new ArrayList<>();
        for (Map.Entry<ValueInput, CleanValue> e : clean.entrySet()) {
            ValueInput in = e.getKey();
            EntryIndicator indicator = indicators.get(in.indicatorId());
            OptimisticSave.Outcome<StoredValue> o = OptimisticSave.save(in.expected(), in.field(), "số liệu " + indicator.label(),
                    rows(in, e.getValue()));
            switch (o.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case CONFLICT -> conflicts.add(o.conflict());
            }
            if (o.changed()) {
                changed(o.before(), o.after(), indicator, unitCache.get(in.orgUnitId()));
            }
            stored.add(o.after());
        }
        if (!conflicts.isEmpty()) {
            throw new StaleValueException(conflicts);
        }
        return new SaveResult(created, updated, unchanged, stored);
    }

    /** The row of {@code in}'s indicator, unit and period, to be set to {@code v}. */
    private OptimisticSave.Rows<StoredValue> rows(ValueInput in, CleanValue v) {
        String period = in.period().code();
        return new OptimisticSave.Rows<>() {
            @Override
            public Optional<StoredValue> current() {
                return values.find(in.indicatorId(), in.orgUnitId(), period);
            }

            @Override
            public Optional<StoredValue> insert() {
                return values.insert(in.indicatorId(), in.orgUnitId(), period, v, actor.actor());
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
