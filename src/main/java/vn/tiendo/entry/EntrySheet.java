package vn.tiendo.entry;

import java.util.List;
import java.util.Optional;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeSummary;

/**
 * What one unit reports for one programme and period (biểu nhập số liệu): the indicators it
 * reports, with the target for the year and the value stored now. The form and the Excel template
 * are both drawn from it.
 */
public record EntrySheet(ProgrammeSummary programme, OrgUnit unit, Period period, List<Row> rows) {

    /** One indicator row: the target text for the year (may be null) and the current value (may be null). */
    public record Row(EntryIndicator indicator, String target, StoredValue current) {

        public String currentDisplay() {
            return current == null ? "" : current.display();
        }

        public String currentComment() {
            return current == null || current.comment() == null ? "" : current.comment();
        }

        public Integer version() {
            return current == null ? null : current.version();
        }
    }

    public Optional<Row> row(String code) {
        return rows.stream().filter(r -> r.indicator().code().equals(code)).findFirst();
    }

    public Optional<Row> row(long indicatorId) {
        return rows.stream().filter(r -> r.indicator().id() == indicatorId).findFirst();
    }
}
