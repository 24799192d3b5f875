package vn.tiendo.entry.dhis2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tiendo.entry.DataElementCodes;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntryIndicator;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.SaveResult;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.entry.StoredValue;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * DHIS2-compatible import and export of data value sets. An import goes through
 * {@link DataValueService} like every other channel: all values or none, every conflict listed.
 * DHIS2 values carry no version, so an import overwrites what is stored (and the audit keeps it).
 */
@Service
public class DataValueSetService {

    private final DataElementCodes codes;
    private final DataValueService values;
    private final DataValueRepository stored;
    private final EntryCatalog catalog;
    private final OrgUnitRepository units;

    public DataValueSetService(DataElementCodes codes, DataValueService values, DataValueRepository stored, EntryCatalog catalog,
                               OrgUnitRepository units) {
        this.codes = codes;
        this.values = values;
        this.stored = stored;
        this.catalog = catalog;
        this.units = units;
    }

    public ImportSummary importSet(DataValueSet set) {
        List<EntryError> errors = new ArrayList<>();
        List<ValueInput> inputs = new ArrayList<>();
        for (int i = 0; i < set.dataValues().size(); i++) {
            Dhis2DataValue dv = set.dataValues().get(i);
            Field field = new Field("dataValues[" + i + "]", "dataValues[" + i + "] (dataElement " + dv.dataElement() + ", orgUnit "
                    + or(dv.orgUnit(), set.orgUnit()) + ", period " + or(dv.period(), set.period()) + ")");
            codes.input(dv.dataElement(), or(dv.orgUnit(), set.orgUnit()), or(dv.period(), set.period()), dv.value(), dv.comment(),
                    ExpectedVersion.anyVersion(), field, errors).ifPresent(inputs::add);
        }
        int total = set.dataValues().size();
        try {
            SaveResult r = values.save(inputs, errors);
            return ImportSummary.success(r.created(), r.updated(), r.unchanged());
        } catch (EntryRejectedException e) {
            return ImportSummary.error(total, e.errors().stream()
                    .map(x -> new ImportSummary.Conflict(x.field().key(), x.text())).toList());
        } catch (vn.tiendo.entry.LockedReportException e) {
            return ImportSummary.error(total, e.refusals().stream().map(m -> new ImportSummary.Conflict("period", m)).toList());
        } catch (StaleValueException e) {
            return ImportSummary.error(total, e.conflicts().stream()
                    .map(c -> new ImportSummary.Conflict(c.field().key(), c.text())).toList());
        }
    }

    /**
     * The values of a programme for units within {@code root} (or {@code root} alone when
     * {@code children} is false) and the given periods (all when empty).
     */
    public DataValueSet export(long programmeId, OrgUnit root, boolean children, List<String> periods) {
        Map<Long, EntryIndicator> indicators = catalog.indicators(programmeId).stream()
                .collect(Collectors.toMap(EntryIndicator::id, Function.identity()));
        Map<Long, String> unitCodes = new HashMap<>();
        List<Dhis2DataValue> out = new ArrayList<>();
        for (StoredValue v : stored.within(programmeId, root.id(), periods)) {
            if (!children && v.orgUnitId() != root.id()) {
                continue;
            }
            String unit = unitCodes.computeIfAbsent(v.orgUnitId(), id -> units.findById(id).map(OrgUnit::code).orElse(null));
            out.add(new Dhis2DataValue(indicators.get(v.indicatorId()).dataElement(), v.period(), unit, null, null, v.plain(),
                    v.comment(), v.updatedBy(), v.updatedAt().toString()));
        }
        EntryIndicator any = indicators.values().stream().findFirst().orElse(null);
        return new DataValueSet(any == null ? null : any.programmeNumber() + "@" + any.ownerUnitCode(), null, null, out);
    }

    private static String or(String own, String fallback) {
        return own != null && !own.isBlank() ? own : fallback;
    }
}
