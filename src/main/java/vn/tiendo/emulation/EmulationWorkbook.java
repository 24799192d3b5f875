package vn.tiendo.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The emulation ranking as an XLSX workbook: a sheet of units and one of heads, numbers as numbers, header frozen. */
public final class EmulationWorkbook {

    static final List<String> UNIT_HEADER = List.of("Hạng", "Mã đơn vị", "Đơn vị", "Điểm", "Lần thực hiện đến hạn", "Đúng hạn",
            "Quá hạn", "Báo cáo đúng hạn", "Chỉ tiêu", "Chỉ tiêu đạt/đúng tiến độ", "Lý do");
    static final List<String> HEAD_HEADER = List.of("Hạng", "Người đứng đầu", "Điểm", "Lý do");

    private EmulationWorkbook() {
    }

    public static byte[] write(EmulationResult r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet units = sheet(wb, "Đơn vị", UNIT_HEADER, bold);
            int i = 1;
            for (UnitScore u : r.units()) {
                Row row = units.createRow(i++);
                number(row, 0, u.rank() == 0 ? null : (double) u.rank());
                row.createCell(1).setCellValue(u.facts().unitCode() == null ? "" : u.facts().unitCode());
                row.createCell(2).setCellValue(u.facts().unitName());
                number(row, 3, u.score());
                number(row, 4, (double) u.facts().due());
                number(row, 5, (double) u.facts().onTime());
                number(row, 6, (double) u.facts().overdue());
                number(row, 7, (double) u.facts().timely());
                number(row, 8, u.indicatorsTotal() == null ? null : u.indicatorsTotal().doubleValue());
                number(row, 9, u.indicatorsAttained() == null ? null : u.indicatorsAttained().doubleValue());
                row.createCell(10).setCellValue(String.join("; ", u.reasons()));
            }
            Sheet heads = sheet(wb, "Người đứng đầu", HEAD_HEADER, bold);
            i = 1;
            for (HeadScore h : r.heads()) {
                Row row = heads.createRow(i++);
                number(row, 0, h.rank() == 0 ? null : (double) h.rank());
                row.createCell(1).setCellValue(h.name());
                number(row, 2, h.score());
                row.createCell(3).setCellValue(String.join("; ", h.reasons()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header, CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            row.createCell(c).setCellValue(header.get(c));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, c == header.size() - 1 ? 30000 : 4500);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void number(Row row, int col, Double v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        } else {
            row.createCell(col);
        }
    }
}
