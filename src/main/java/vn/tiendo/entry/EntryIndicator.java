package vn.tiendo.entry;

import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ValueType;

/**
 * An indicator (chỉ tiêu) as data entry needs it: where it sits in its programme and who reports it.
 *
 * @param ownerUnitId the unit that owns the programme (ownerUnitCode: its official code)
 * @param reportedAt  explicit reporting level (cấp báo cáo), null for the default rule
 * @param depth       0 for an indicator, 1 for a sub-indicator, …
 * @param countsUnits the indicator counts the reporting units that meet it ("% (xã, phường)": the share of
 *                    communes), so a reporting unit may answer Đạt / Chưa đạt, which is what the roll-up counts
 */
public record EntryIndicator(long id, long programmeId, String programmeNumber, long ownerUnitId, String ownerUnitCode, Long parentId,
                             String code, String name, String unit, ValueType valueType, OrgUnit.Level reportedAt,
                             int depth, boolean countsUnits) {

    /** An indicator that does not count units meeting it (a yes/no indicator is answered Đạt / Chưa đạt anyway). */
    public EntryIndicator(long id, long programmeId, String programmeNumber, long ownerUnitId, String ownerUnitCode, Long parentId,
                          String code, String name, String unit, ValueType valueType, OrgUnit.Level reportedAt, int depth) {
        this(id, programmeId, programmeNumber, ownerUnitId, ownerUnitCode, parentId, code, name, unit, valueType, reportedAt, depth, false);
    }

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
