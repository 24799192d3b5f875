package vn.tiendo.entry;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/** Builds the {@link EntrySheet} of a unit, programme and period; refuses unknown programmes and units in Vietnamese. */
@Component
public class EntrySheets {

    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final EntryCatalog catalog;
    private final DataValueRepository values;
    private final ReportingRule rule;

    public EntrySheets(ProgrammeService programmes, OrgUnitRepository units, EntryCatalog catalog, DataValueRepository values,
                       ReportingRule rule) {
        this.programmes = programmes;
        this.units = units;
        this.catalog = catalog;
        this.values = values;
        this.rule = rule;
    }

    public ProgrammeSummary programme(long programmeId) {
        return programmes.findSummary(programmeId)
                .orElseThrow(() -> new EntryNotFoundException("Không có chương trình mã " + programmeId + "."));
    }

    public OrgUnit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new EntryNotFoundException("Không có đơn vị mã " + code + "."));
    }

    public java.util.Optional<OrgUnit> unitIfPresent(String code) {
        return units.findByCode(code.strip());
    }

    public EntrySheet build(long programmeId, String unitCode, Period period) {
        ProgrammeSummary programme = programme(programmeId);
        OrgUnit unit = unit(unitCode);
        Map<Long, String> targets = catalog.targetTexts(programmeId, unit.id(), period.year());
        Map<Long, StoredValue> current = values.forUnit(programmeId, unit.id(), period.code());
        List<EntrySheet.Row> rows = catalog.indicators(programmeId).stream()
                .filter(i -> rule.refusal(i, unit).isEmpty())
                .map(i -> new EntrySheet.Row(i, targets.get(i.id()), current.get(i.id())))
                .toList();
        return new EntrySheet(programme, unit, period, rows);
    }
}
