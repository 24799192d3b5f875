package vn.tiendo.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import vn.tiendo.backup.BackupFormat.Header;
import vn.tiendo.backup.BackupFormat.TableColumns;
import vn.tiendo.backup.BackupFormat.Trailer;

/** Reads a backup file, checking as it goes that it is a whole Tiến Độ backup. */
public final class BackupReader {

    /** Receives the rows of each table in file order. */
    public interface RowSink {
        void begin(TableColumns table) throws Exception;

        void row(byte[] line) throws Exception;

        void end(TableColumns table) throws Exception;
    }

    /** A backup's header and trailer. */
    public record Contents(Header header, Trailer trailer) {
    }

    private BackupReader() {
    }

    /** Reads only the header (the first two lines). */
    public static Header header(Path file) {
        try (InputStream in = open(file)) {
            return readHeader(file, in);
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    /** Reads the whole file into {@code sink}; refuses a file that is not a complete backup. */
    public static Contents read(Path file, RowSink sink) {
        try (InputStream in = open(file)) {
            Header header = readHeader(file, in);
            Map<String, TableColumns> tables = new HashMap<>();
            header.tables().forEach(t -> tables.put(t.name(), t));
            byte[] line;
            while ((line = BackupFormat.readLine(in)) != null) {
                String text = BackupFormat.text(line);
                if (text.startsWith(BackupFormat.END)) {
                    Trailer trailer = BackupFormat.parse(text.substring(BackupFormat.END.length()), Trailer.class);
                    if (in.read() != -1) {
                        throw new BackupException("Tệp sao lưu " + file + " có dữ liệu thừa sau phần kết thúc; tệp bị hỏng.");
                    }
                    return new Contents(header, trailer);
                }
                TableColumns table = text.startsWith(BackupFormat.TABLE) ? tables.get(text.substring(BackupFormat.TABLE.length())) : null;
                if (table == null) {
                    throw new BackupException("Tệp sao lưu " + file + " bị hỏng: gặp dòng không mong đợi \"" + abbreviate(text) + "\".");
                }
                copyTable(in, table, sink);
            }
            throw truncated(file);
        } catch (EOFException e) {
            throw truncated(file);
        } catch (BackupException e) {
            throw e;
        } catch (Exception e) {
            throw damaged(file, e);
        }
    }

    private static void copyTable(InputStream in, TableColumns table, RowSink sink) throws Exception {
        sink.begin(table);
        byte[] line;
        while ((line = BackupFormat.readLine(in)) != null) {
            if (line.length == 3 && line[0] == '\\' && line[1] == '.') {
                sink.end(table);
                return;
            }
            sink.row(line);
        }
        throw new EOFException();
    }

    private static InputStream open(Path file) throws IOException {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file));
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            if (b1 != 0x1f || b2 != 0x8b) {
                raw.close();
                throw notOurs(file);
            }
            return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new BackupException("Không có tệp sao lưu " + file + ".");
        }
    }

    private static Header readHeader(Path file, InputStream in) throws IOException {
        byte[] magic = BackupFormat.readLine(in);
        if (magic == null || !BackupFormat.text(magic).startsWith(BackupFormat.MAGIC + " ")) {
            throw notOurs(file);
        }
        String format = BackupFormat.text(magic).substring(BackupFormat.MAGIC.length() + 1);
        if (!format.matches("[1-9]") || Integer.parseInt(format) > BackupFormat.VERSION) {
            throw new BackupException("Tệp sao lưu " + file + " có định dạng " + abbreviate(format)
                    + ", mới hơn định dạng phiên bản này đọc được (" + BackupFormat.VERSION + "); hãy dùng bản Tiến Độ mới hơn.");
        }
        byte[] header = BackupFormat.readLine(in);
        if (header == null) {
            throw truncated(file);
        }
        try {
            Header h = BackupFormat.parse(BackupFormat.text(header), Header.class);
            if (h.schemaVersion() == null || h.tables() == null) {
                throw damaged(file, null);
            }
            return h;
        } catch (JsonProcessingException e) {
            throw damaged(file, e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static BackupException notOurs(Path file) {
        return new BackupException("Tệp " + file + " không phải tệp sao lưu của Tiến Độ.");
    }

    static BackupException truncated(Path file) {
        return new BackupException("Tệp sao lưu " + file + " bị cắt cụt (thiếu phần cuối); không khôi phục từ tệp này.");
    }

    private static BackupException damaged(Path file, Exception e) {
        if (e instanceof EOFException) {
            return truncated(file);
        }
        String why = e == null ? "" : ": " + (e instanceof ZipException ? "dữ liệu nén không hợp lệ" : e.getMessage());
        return new BackupException("Tệp sao lưu " + file + " bị hỏng" + why + ".", e);
    }

    /** Checks a whole file against its trailer: every table present once, counts and checksums equal. */
    public static Contents verify(Path file) {
        Map<String, TableSummary> found = new HashMap<>();
        RowDigest[] current = new RowDigest[1];
        int format = header(file).format();
        Contents contents = read(file, new RowSink() {
            @Override
            public void begin(TableColumns t) {
                current[0] = new RowDigest(format);
            }

            @Override
            public void row(byte[] line) {
                current[0].add(line);
            }

            @Override
            public void end(TableColumns t) {
                found.put(t.name(), current[0].summary(t.name()));
            }
        });
        List<TableSummary> expected = contents.trailer().tables();
        if (expected == null || expected.size() != contents.header().tables().size() || found.size() != expected.size()) {
            throw damaged(file, null);
        }
        for (TableSummary want : expected) {
            if (!want.equals(found.get(want.name()))) {
                throw new BackupException("Tệp sao lưu " + file + " bị hỏng: bảng " + want.name()
                        + " không khớp số dòng hoặc mã kiểm tra SHA-256 đã ghi.");
            }
        }
        return contents;
    }
}
