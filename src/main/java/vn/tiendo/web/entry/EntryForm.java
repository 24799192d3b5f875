package vn.tiendo.web.entry;

import java.util.List;
import java.util.Map;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.ValueValidator;

/** The view of the data entry form: the sheet, what the user typed, problems by field, and a message. */
public record EntryForm(EntrySheet sheet, List<Line> lines, List<Problem> problems, String message) {

    /** A refusal attached to a form field ({@code key}, e.g. "v_12"). */
    public record Problem(String key, String text) {
    }

    /** One indicator row as shown: the input value, the note and the error next to it. */
    public record Line(EntrySheet.Row row, String input, String note, String error) {

        public String key() {
            return "v_" + row.indicator().id();
        }

        public boolean yesNo() {
            return row.indicator().valueType() == vn.tiendo.programme.ValueType.YES_NO;
        }

        public boolean text() {
            return row.indicator().valueType() == vn.tiendo.programme.ValueType.TEXT;
        }

        public List<String> choices() {
            return List.of(ValueValidator.YES, ValueValidator.NO);
        }
    }

    static EntryForm of(EntrySheet sheet) {
        return new EntryForm(sheet, sheet.rows().stream().map(r -> new Line(r, r.currentDisplay(), r.currentComment(), null)).toList(),
                List.of(), null);
    }

    EntryForm withMessage(String message) {
        return new EntryForm(sheet, lines, problems, message);
    }

    /** The same sheet with what the user typed kept and the problems placed next to their fields. */
    EntryForm withTyped(Map<Long, String[]> typed, List<Problem> problems, String message) {
        List<Line> kept = lines.stream().map(l -> {
            String[] t = typed.get(l.row().indicator().id());
            String error = problems.stream().filter(p -> p.key().equals(l.key())).map(Problem::text).reduce((a, b) -> a + "; " + b).orElse(null);
            return t == null ? l : new Line(l.row(), t[0], t[1] == null ? "" : t[1], error);
        }).toList();
        return new EntryForm(sheet, kept, problems, message);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
