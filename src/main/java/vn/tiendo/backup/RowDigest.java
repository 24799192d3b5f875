package vn.tiendo.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Accumulates the rows of one table into a {@link TableSummary}. */
final class RowDigest {

    private final List<String> rows = new ArrayList<>();

    void add(byte[] row) {
        rows.add(HexFormat.of().formatHex(sha256().digest(row)));
    }

    TableSummary summary(String table) {
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        MessageDigest all = sha256();
        for (String r : sorted) {
            all.update(r.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return new TableSummary(table, rows.size(), HexFormat.of().formatHex(all.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
