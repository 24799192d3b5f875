package vn.tiendo.entry.excel;

import java.util.List;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.ValueInput;

/**
 * What was read from an uploaded template: the values of rows filled or changed, how many rows still hold the stored
 * value as downloaded (nothing to save), and the refusals found while reading.
 */
public record ExcelUpload(List<ValueInput> inputs, int unchanged, List<EntryError> errors) {
}
