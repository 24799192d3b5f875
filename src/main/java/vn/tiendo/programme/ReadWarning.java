package vn.tiendo.programme;

/** Something the reader could not read with certainty (cảnh báo), with the source line. */
public record ReadWarning(int line, String message) {
}
