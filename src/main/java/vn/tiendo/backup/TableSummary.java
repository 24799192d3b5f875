package vn.tiendo.backup;

/**
 * A table's row count and checksum: SHA-256 over the sorted SHA-256 digests of its rows in
 * PostgreSQL's COPY text form, so the same rows give the same checksum in any physical order.
 */
public record TableSummary(String name, long rows, String sha256) {
}
