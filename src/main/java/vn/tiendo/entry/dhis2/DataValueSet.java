package vn.tiendo.entry.dhis2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A DHIS2 data value set: {@code {"dataSet":…, "period":…, "orgUnit":…, "dataValues":[…]}}. The
 * set-level period and orgUnit apply to values that do not name their own. {@code dataSet} is the
 * programme key ("05-CTr/TU@12"), informative only on import.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataValueSet(String dataSet, String period, String orgUnit, List<Dhis2DataValue> dataValues) {

    public DataValueSet {
        dataValues = dataValues == null ? List.of() : List.copyOf(dataValues);
    }
}
