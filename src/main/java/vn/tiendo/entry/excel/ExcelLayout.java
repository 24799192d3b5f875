package vn.tiendo.entry.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import vn.tiendo.entry.EntrySheet;

/**
 * The layout of the Excel template (biểu mẫu Excel): one sheet "Số liệu", header labels in A1:A4,
 * column titles in row 6, one indicator per row from row 7; only E (value) and F (note) are
 * editable. Hidden column G holds the version each value had when the template was downloaded,
 * and G1 the signature naming the programme, unit and period the template was made for.
 */
public final class ExcelLayout {

    public static final String SHEET = "Số liệu";
    public static final String PASSWORD = "tiendo";
    static final int HEADER_ROW = 5;
    static final int FIRST_ROW = 6;
    static final int CODE = 0, NAME = 1, UNIT = 2, TARGET = 3, VALUE = 4, NOTE = 5, VERSION = 6;
    static final int SIGNATURE_COL = VERSION;
    static final List<String> LABELS = List.of("BIỂU NHẬP SỐ LIỆU THỰC HIỆN CHỈ TIÊU", "Chương trình", "Đơn vị báo cáo", "Kỳ báo cáo");
    private static final String PREFIX = "TIENDO-NHAPLIEU;v1;";

    private ExcelLayout() {
    }

    static List<String> titles(int year) {
        return List.of("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Mục tiêu năm " + year, "Số liệu thực hiện", "Ghi chú", "Phiên bản");
    }

    /** "Dòng 7, cột E" for 0-based row and column. */
    static String place(int row, int col) {
        return "Dòng " + (row + 1) + ", cột " + CellReference.convertNumToColString(col);
    }

    /** What a template is for, as written in its signature cell. */
    record Signature(long programmeId, String unitCode, String period) {

        static Signature of(EntrySheet sheet) {
            return new Signature(sheet.programme().id(), sheet.unit().code(), sheet.period().code());
        }

        String write() {
            String body = "p=" + programmeId + ";u=" + unitCode + ";k=" + period;
            return PREFIX + body + ";c=" + checksum(body);
        }

        /** Reads a signature; empty when missing, malformed or edited (checksum mismatch). */
        static Optional<Signature> read(String text) {
            if (text == null || !text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = text.substring(PREFIX.length()).split(";");
            if (parts.length != 4 || !parts[0].startsWith("p=") || !parts[1].startsWith("u=") || !parts[2].startsWith("k=")
                    || !parts[3].equals("c=" + checksum(parts[0] + ";" + parts[1] + ";" + parts[2]))) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Signature(Long.parseLong(parts[0].substring(2)), parts[1].substring(2), parts[2].substring(2)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** Detects accidental edits and copies between templates; not a security measure (access is checked on upload). */
        private static String checksum(String body) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(("tiendo-template:" + body).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
