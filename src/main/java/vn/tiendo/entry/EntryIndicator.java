package vn.tiendo.entry;

import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ValueType;

/**
 * An indicator (chỉ tiêu) as data entry needs it: where it sits in its programme and who reports it.
 *
 * @param ownerUnitId the unit that owns the programme (ownerUnitCode: its official code)
 * @param reportedAt  explicit reporting level (cấp báo cáo), null for the default rule
 * @param depth       0 for an indicator, 1 for a sub-indicator, …
 */
public record EntryIndicator(long id, long programmeId, String programmeNumber, long ownerUnitId, String ownerUnitCode, Long parentId,
                             String code, String name, String unit, ValueType valueType, OrgUnit.Level reportedAt,
                             int depth) {

    /** "chỉ tiêu I.1 (Trường đạt chuẩn quốc gia)" */
    public String label() {
        return "chỉ tiêu " + code + " (" + name + ")";
    }

    /**
     * The stable DHIS2 data element code: programme number, owning unit's code and indicator code,
     * "05-CTr/TU@12#I.1" (a programme number alone is not unique across units).
     */
    public String dataElement() {
        return programmeNumber + "@" + ownerUnitCode + "#" + code;
    }
}
