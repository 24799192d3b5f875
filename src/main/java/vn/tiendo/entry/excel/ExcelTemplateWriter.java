package vn.tiendo.entry.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.ValueValidator;
import vn.tiendo.programme.ValueType;

/** Writes the Excel template (tải mẫu) of a unit, programme and period, pre-filled with the values stored now. */
@Component
public class ExcelTemplateWriter {

    public byte[] write(EntrySheet sheet) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet(ExcelLayout.SHEET);
            CellStyle bold = style(wb, true, false, false);
            CellStyle title = style(wb, true, false, true);
            CellStyle locked = style(wb, false, false, true);
            CellStyle open = style(wb, false, true, true);
            List<String> labels = ExcelLayout.LABELS;
            String[] values = {null, sheet.programme().number() + " – " + sheet.programme().orgUnitName(),
                    sheet.unit().code() + " – " + sheet.unit().fullName(), sheet.period().code() + " (" + sheet.period().label() + ")"};
            for (int r = 0; r < labels.size(); r++) {
                Row row = s.createRow(r);
                cell(row, 0, labels.get(r), bold);
                if (values[r] != null) {
                    cell(row, 1, values[r], null);
                }
            }
            cell(s.getRow(0), ExcelLayout.SIGNATURE_COL, ExcelLayout.Signature.of(sheet).write(), null);
            cell(s.createRow(4), 0, "Chỉ nhập vào cột E (Số liệu thực hiện) và cột F (Ghi chú). Số thập phân dùng dấu phẩy (71,9);"
                    + " dấu chấm ngăn cách hàng nghìn (4.700); tỉ lệ có thể ghi 8/38; chỉ tiêu Đạt/Chưa đạt chọn trong danh sách.", null);
            Row header = s.createRow(ExcelLayout.HEADER_ROW);
            List<String> titles = ExcelLayout.titles(sheet.period().year());
            for (int c = 0; c < titles.size(); c++) {
                cell(header, c, titles.get(c), title);
            }
            int r = ExcelLayout.FIRST_ROW;
            DataValidationHelper dv = s.getDataValidationHelper();
            for (EntrySheet.Row line : sheet.rows()) {
                Row row = s.createRow(r);
                cell(row, ExcelLayout.CODE, line.indicator().code(), locked);
                cell(row, ExcelLayout.NAME, "  ".repeat(line.indicator().depth()) + line.indicator().name(), locked);
                cell(row, ExcelLayout.UNIT, line.indicator().unit(), locked);
                cell(row, ExcelLayout.TARGET, line.target(), locked);
                cell(row, ExcelLayout.VALUE, line.currentDisplay(), open);
                cell(row, ExcelLayout.NOTE, line.currentComment(), open);
                Cell version = row.createCell(ExcelLayout.VERSION);
                version.setCellStyle(locked);
                if (line.version() != null) {
                    version.setCellValue(line.version());
                }
                if (line.indicator().valueType() == ValueType.YES_NO) {
                    s.addValidationData(dv.createValidation(dv.createExplicitListConstraint(
                            new String[] {ValueValidator.YES, ValueValidator.NO}), new CellRangeAddressList(r, r, ExcelLayout.VALUE, ExcelLayout.VALUE)));
                }
                r++;
            }
            int[] widths = {12, 60, 14, 16, 18, 30, 10};
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            s.setColumnHidden(ExcelLayout.VERSION, true);
            s.createFreezePane(0, ExcelLayout.FIRST_ROW);
            s.protectSheet(ExcelLayout.PASSWORD);
            wb.lockStructure();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        if (text != null) {
            c.setCellValue(text);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean editable, boolean border) {
        CellStyle st = wb.createCellStyle();
        if (bold) {
            Font f = wb.createFont();
            f.setBold(true);
            st.setFont(f);
        }
        if (border) {
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            st.setWrapText(true);
        }
        if (editable) {
            st.setLocked(false);
            st.setDataFormat(wb.createDataFormat().getFormat("@"));
            st.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return st;
    }
}
