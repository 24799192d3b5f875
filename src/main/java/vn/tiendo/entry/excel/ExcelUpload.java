package vn.tiendo.entry.excel;

import java.util.List;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.ValueInput;

/** What was read from an uploaded template: the values of filled rows and the refusals found while reading. */
public record ExcelUpload(List<ValueInput> inputs, List<EntryError> errors) {
}
