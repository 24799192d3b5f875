package vn.tiendo.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The backup file: one gzip stream of lines. Line 1 is {@link #MAGIC}; line 2 the {@link Header} as JSON;
 * then per table a line {@code TABLE name}, its rows exactly as PostgreSQL's {@code COPY ... TO STDOUT}
 * (text format) writes them, one per line, and a line {@code \.}; last a line {@code END} followed by the
 * {@link Trailer} as JSON (row counts, a SHA-256-based checksum per table, see {@link RowDigest}, sequence values). A file without the trailer is
 * incomplete.
 */
public final class BackupFormat {

    public static final String MAGIC = "TIENDO-BACKUP";
    /** The format written; format 1 (checksums of {@link RowDigest} format 1) is still read. */
    public static final int VERSION = 2;
    static final String TABLE = "TABLE ";
    static final String END_OF_TABLE = "\\.";
    static final String END = "END ";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private BackupFormat() {
    }

    /** What the file holds, written before the data. */
    public record Header(int format, String appVersion, String schemaVersion, String createdAt, List<TableColumns> tables) {
    }

    /** A table and the columns its rows carry, in order. */
    public record TableColumns(String name, List<String> columns) {
    }

    /** Written after the data: what a reader must find. */
    public record Trailer(List<TableSummary> tables, List<SequenceValue> sequences) {
    }

    /** A sequence's state at backup time, as {@code setval(name, lastValue, called)} restores it. */
    public record SequenceValue(String name, long lastValue, boolean called) {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T parse(String text, Class<T> type) throws JsonProcessingException {
        return JSON.readValue(text, type);
    }

    static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads one line including its final newline; null at a clean end of the stream.
     *
     * @throws java.io.EOFException when the stream ends in the middle of a line
     */
    static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        if (line.size() == 0) {
            return null;
        }
        throw new java.io.EOFException("dòng cuối không trọn vẹn");
    }

    static String text(byte[] line) {
        return new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
    }

    /** SQL identifier, quoted. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(BackupFormat::quote).toList());
    }
}
