package vn.tiendo.entry.excel;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.entry.ValueInput;

/**
 * Reads a filled template (tải lên biểu mẫu) for the sheet it must belong to. A damaged file, a
 * template for another unit, programme or period, or a changed layout is refused before any row
 * is read; then each row is read, collecting every refusal (unknown or repeated indicator, a value
 * that is not a number…) with its row and column.
 */
@Component
public class ExcelUploadReader {

    public ExcelUpload read(byte[] file, String fileName, EntrySheet expected) {
        List<EntryError> errors = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheet(ExcelLayout.SHEET);
            if (sheet == null) {
                errors.add(new EntryError(new Field("file", "Tệp " + fileName), "không có trang tính \"" + ExcelLayout.SHEET
                        + "\"; hãy dùng biểu mẫu tải về từ Tiến Độ"));
                return new ExcelUpload(List.of(), 0, errors);
            }
            checkSignature(sheet, expected, errors);
            checkLayout(sheet, expected, errors);
            if (!errors.isEmpty()) {
                return new ExcelUpload(List.of(), 0, errors);
            }
            List<ValueInput> inputs = new ArrayList<>();
            int unchanged = rows(sheet, expected, inputs, errors);
            return new ExcelUpload(inputs, unchanged, errors);
        } catch (Exception e) {  // POI reports damaged files with many exception types (zip, XML, record format)
            errors.add(new EntryError(new Field("file", "Tệp " + fileName), "không mở được: tệp không phải .xlsx,"
                    + " bị hỏng hoặc tải lên chưa hết (" + e.getClass().getSimpleName() + "); hãy lưu lại tệp trong Excel rồi tải lên lại"));
            return new ExcelUpload(List.of(), 0, errors);
        }
    }

    /** The signature belongs in G1; found elsewhere in row 1 it tells that a column was deleted or inserted. */
    private static void checkSignature(Sheet sheet, EntrySheet expected, List<EntryError> errors) {
        Field field = field(0, ExcelLayout.SIGNATURE_COL);
        int col = ExcelLayout.SIGNATURE_COL;
        Row first = sheet.getRow(0);
        for (int c = 0; first != null && c < Math.max(first.getLastCellNum(), 0); c++) {
            if (text(first.getCell(c)).startsWith("TIENDO-NHAPLIEU") && c != ExcelLayout.SIGNATURE_COL) {
                errors.add(new EntryError(field(0, c), "chữ ký biểu mẫu phải ở cột "
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(ExcelLayout.SIGNATURE_COL)
                        + ": đã có cột bị xóa hoặc chèn; hãy tải mẫu mới"));
                col = c;
            }
        }
        Optional<ExcelLayout.Signature> found = ExcelLayout.Signature.read(text(cell(sheet, 0, col)));
        if (found.isEmpty()) {
            errors.add(new EntryError(field, "thiếu hoặc sai chữ ký biểu mẫu: tệp không phải biểu mẫu Tiến Độ hoặc đã bị sửa cấu trúc"));
            return;
        }
        ExcelLayout.Signature want = ExcelLayout.Signature.of(expected);
        if (!found.get().equals(want)) {
            errors.add(new EntryError(field, "biểu mẫu này dành cho đơn vị " + text(cell(sheet, 2, 1)) + ", kỳ " + found.get().period()
                    + ", chương trình mã " + found.get().programmeId() + "; trang này nhận số liệu của " + expected.unit().code() + " – "
                    + expected.unit().fullName() + ", kỳ " + expected.period().code() + ", chương trình " + expected.programme().number()
                    + " (mã " + expected.programme().id() + "). Hãy tải mẫu đúng đơn vị và kỳ"));
        }
    }

    private static void checkLayout(Sheet sheet, EntrySheet expected, List<EntryError> errors) {
        for (int r = 0; r < ExcelLayout.LABELS.size(); r++) {
            expectText(sheet, r, 0, ExcelLayout.LABELS.get(r), errors);
        }
        List<String> titles = ExcelLayout.titles(expected.period().year());
        for (int c = 0; c < titles.size(); c++) {
            expectText(sheet, ExcelLayout.HEADER_ROW, c, titles.get(c), errors);
        }
    }

    private static void expectText(Sheet sheet, int row, int col, String want, List<EntryError> errors) {
        String got = text(cell(sheet, row, col));
        if (!want.equals(got)) {
            errors.add(new EntryError(field(row, col), "tiêu đề phải là \"" + want + "\" nhưng tệp ghi \"" + got
                    + "\" (biểu mẫu đã bị đổi cấu trúc: chèn, xóa hoặc đổi tên dòng, cột); hãy tải mẫu mới"));
        }
    }

    /** Adds the values of the filled rows to {@code inputs}; returns how many rows still hold the value as downloaded. */
    private static int rows(Sheet sheet, EntrySheet expected, List<ValueInput> inputs, List<EntryError> errors) {
        int unchanged = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int r = ExcelLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            String code = text(cell(sheet, r, ExcelLayout.CODE));
            Cell valueCell = cell(sheet, r, ExcelLayout.VALUE);
            String note = text(cell(sheet, r, ExcelLayout.NOTE));
            boolean hasValue = !text(valueCell).isEmpty();
            if (code.isEmpty()) {
                if (hasValue) {
                    errors.add(new EntryError(field(r, ExcelLayout.CODE), "thiếu mã chỉ tiêu cho số liệu ở cột E"));
                }
                continue;
            }
            Integer first = seen.putIfAbsent(code, r);
            if (first != null) {
                errors.add(new EntryError(field(r, ExcelLayout.CODE), "chỉ tiêu " + code + " lặp lại (đã có ở dòng " + (first + 1) + ")"));
                continue;
            }
            Optional<EntrySheet.Row> row = expected.row(code);
            if (row.isEmpty()) {
                errors.add(new EntryError(field(r, ExcelLayout.CODE), "chỉ tiêu \"" + code + "\" không có trong biểu của "
                        + expected.unit().fullName() + " (chương trình " + expected.programme().number() + ")"));
                continue;
            }
            if (!hasValue) {
                if (!note.isEmpty() && !note.equals(row.get().currentComment())) {
                    errors.add(new EntryError(field(r, ExcelLayout.VALUE), "có ghi chú nhưng chưa nhập số liệu"));
                }
                continue;
            }
            Cell versionCell = cell(sheet, r, ExcelLayout.VERSION);
            if (!versionReadable(versionCell)) {
                errors.add(new EntryError(field(r, ExcelLayout.VERSION), "ô phiên bản (ẩn) đã bị sửa; hãy tải mẫu mới"));
                continue;
            }
            if (asDownloaded(row.get(), valueCell, note)) {
                unchanged++;
                continue;
            }
            Optional<Typed> value = readValue(valueCell, r, errors);
            if (value.isPresent()) {
                inputs.add(new ValueInput(row.get().indicator().id(), expected.unit().id(), expected.period(), value.get().text(),
                        value.get().style(), ExpectedVersion.of(version(versionCell)), note, field(r, ExcelLayout.VALUE)));
            }
        }
        return unchanged;
    }

    /**
     * True when the row still holds the stored value exactly as the template wrote it (a text cell) and its note.
     * Such a row is not read again: the written form of a stored value need not be valid input (a commune's
     * Đạt/Chưa đạt for a "% (xã, phường)" indicator, a stated percentage shown as its fraction), and it changes nothing.
     */
    private static boolean asDownloaded(EntrySheet.Row row, Cell valueCell, String note) {
        return row.current() != null && valueCell.getCellType() == CellType.STRING
                && valueCell.getStringCellValue().equals(row.currentDisplay()) && note.equals(row.currentComment().strip());
    }

    private record Typed(String text, VietnameseNumber.Policy style) {
    }

    /** A text cell is read the Vietnamese way; a number cell as it is (a percent-formatted 0,719 is 71,9). */
    private static Optional<Typed> readValue(Cell cell, int r, List<EntryError> errors) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC -> {
                BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
                if (cell.getCellStyle().getDataFormatString().contains("%")) {
                    n = n.movePointRight(2);
                }
                return Optional.of(new Typed(n.stripTrailingZeros().toPlainString(), VietnameseNumber.Policy.MACHINE));
            }
            case STRING -> {
                return Optional.of(new Typed(cell.getStringCellValue(), VietnameseNumber.Policy.OFFICER));
            }
            default -> {
                errors.add(new EntryError(field(r, ExcelLayout.VALUE), "ô chứa " + (type == CellType.BOOLEAN ? "giá trị đúng/sai" : "lỗi công thức")
                        + ", không phải số liệu"));
                return Optional.empty();
            }
        }
    }

    /** Hidden column G holds the version seen at download: blank (no value then) or a whole number. */
    private static boolean versionReadable(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue());
    }

    private static Integer version(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK ? null : (int) cell.getNumericCellValue();
    }

    private static Field field(int row, int col) {
        return new Field("r" + (row + 1) + "c" + (col + 1), ExcelLayout.place(row, col));
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
