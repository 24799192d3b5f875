package vn.tiendo.entry;

/**
 * Where an input came from, so that a refusal can name it: a machine key (the form field name,
 * the JSON path) and the label shown to people ("Dòng 7, cột E", "chỉ tiêu I.1").
 */
public record Field(String key, String label) {
}
