package vn.tiendo.entry.dhis2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value in the DHIS2 dataValueSets shape. {@code dataElement} is Tiến Độ's data element code
 * ("05-CTr/TU@12#I.1"), {@code orgUnit} the official unit code ("03390"), {@code value} a plain
 * number with a decimal point ("71.9"), "8/38", "Đạt"/"Chưa đạt" or text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dhis2DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
                             String attributeOptionCombo, String value, String comment, String storedBy, String lastUpdated) {
}
