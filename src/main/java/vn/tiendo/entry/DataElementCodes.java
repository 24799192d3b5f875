package vn.tiendo.entry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Turns machine addresses of a value — data element code, org unit code, period code — into a
 * {@link ValueInput}, naming the field of whatever cannot be resolved. Data elements are written
 * "programme#indicator code": "05-CTr/TU@12#I.1" (canonical), "05-CTr/TU#I.1" when the number is
 * unique, or the programme id "17#I.1"; a bare number is an indicator id.
 */
@Component
public class DataElementCodes {

    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final JdbcClient jdbc;

    public DataElementCodes(ProgrammeService programmes, OrgUnitRepository units, JdbcClient jdbc) {
        this.programmes = programmes;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The indicator id of a data element code, or a Vietnamese reason why there is none. */
    public Optional<Long> indicatorId(String dataElement, Field field, List<EntryError> errors) {
        String code = dataElement == null ? "" : dataElement.strip();
        if (code.matches("\\d+")) {
            Optional<Long> id = jdbc.sql("SELECT id FROM indicator WHERE id = ?").param(Long.parseLong(code)).query(Long.class).optional();
            return report(id, field, errors, "không có chỉ tiêu mã nội bộ " + code);
        }
        int hash = code.indexOf('#');
        if (hash <= 0 || hash == code.length() - 1) {
            errors.add(new EntryError(field, "mã chỉ tiêu (dataElement) \"" + code + "\" không đúng dạng \"số văn bản@mã đơn vị#mã chỉ tiêu\","
                    + " ví dụ 05-CTr/TU@12#I.1"));
            return Optional.empty();
        }
        try {
            Optional<Long> programme = programmes.findId(code.substring(0, hash));
            if (programme.isEmpty()) {
                errors.add(new EntryError(field, "không có văn bản \"" + code.substring(0, hash) + "\""));
                return Optional.empty();
            }
            Optional<Long> id = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?")
                    .param(programme.get()).param(code.substring(hash + 1)).query(Long.class).optional();
            return report(id, field, errors, "văn bản " + code.substring(0, hash) + " không có chỉ tiêu " + code.substring(hash + 1));
        } catch (ProgrammeConflictException e) {
            errors.add(new EntryError(field, e.getMessage()));
            return Optional.empty();
        }
    }

    /** An input from machine-written fields (decimal point), or empty with the refusals added to {@code errors}. */
    public Optional<ValueInput> input(String dataElement, String orgUnit, String period, String value, String comment,
                                      ExpectedVersion expected, Field field, List<EntryError> errors) {
        int before = errors.size();
        Optional<Long> indicator = indicatorId(dataElement, field, errors);
        Optional<OrgUnit> unit = orgUnit == null ? Optional.empty() : units.findByCode(orgUnit.strip());
        if (unit.isEmpty()) {
            errors.add(new EntryError(field, "không có đơn vị mã (orgUnit) \"" + orgUnit + "\""));
        }
        Period p = null;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            errors.add(new EntryError(field, e.getMessage()));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ValueInput(indicator.orElseThrow(), unit.orElseThrow().id(), p, value, VietnameseNumber.Policy.MACHINE, expected,
                comment, field));
    }

    private static Optional<Long> report(Optional<Long> id, Field field, List<EntryError> errors, String message) {
        if (id.isEmpty()) {
            errors.add(new EntryError(field, message));
        }
        return id;
    }
}
