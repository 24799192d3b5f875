package vn.tiendo.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The appendices as a workbook: Phụ lục I and Phụ lục II, numbers stored as numbers in a Vietnamese number format
 * ({@code [$-42A]} is the Vietnamese locale: 1.234,5), header row frozen and repeated when printed, A4 landscape.
 */
public final class XlsxReportWriter {

    /** One decimal, Vietnamese locale: 1.234,5. */
    public static final String NUMBER_FORMAT = "[$-42A]#,##0.0";
    static final List<String> INDICATOR_HEADS = List.of("STT", "Chỉ tiêu", "ĐVT", "Năm gốc", "Mục tiêu kỳ", "Kết quả",
            "Tỷ lệ % so KH", "Đánh giá", "Nguồn số liệu");
    static final List<String> TASK_HEADS = List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Tình trạng",
            "Kết quả, tiến độ mới nhất");
    private static final int[] INDICATOR_WIDTHS = {6, 50, 12, 12, 14, 14, 12, 12, 28};
    private static final int[] TASK_WIDTHS = {6, 60, 30, 16, 24, 50};

    private XlsxReportWriter() {
    }

    public static byte[] write(OfficialReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(wb);
            Sheet one = sheet(wb, s, "Phụ lục I", "PHỤ LỤC I - KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU " + ReportHeaders.up(report.periodLabel()),
                    INDICATOR_HEADS, INDICATOR_WIDTHS);
            int r = 2;
            for (OfficialReport.IndicatorLine l : report.indicators()) {
                Row row = one.createRow(r++);
                number(row, 0, BigDecimal.valueOf(l.stt()), s.integer);
                text(row, 1, l.name(), s.text);
                text(row, 2, l.unit(), s.text);
                numberOrText(row, 3, l.baselineValue(), l.baseline(), s);
                numberOrText(row, 4, l.targetValue(), l.target(), s);
                numberOrText(row, 5, l.resultValue(), l.result(), s);
                numberOrText(row, 6, l.percent(), "—", s);
                text(row, 7, l.assessment(), s.text);
                text(row, 8, l.source(), s.text);
            }
            Sheet two = sheet(wb, s, "Phụ lục II", "PHỤ LỤC II - TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ " + ReportHeaders.up(report.periodLabel()),
                    TASK_HEADS, TASK_WIDTHS);
            r = 2;
            for (OfficialReport.TaskLine l : report.tasks()) {
                Row row = two.createRow(r++);
                number(row, 0, BigDecimal.valueOf(l.stt()), s.integer);
                text(row, 1, l.title(), s.text);
                text(row, 2, l.leadBody(), s.text);
                text(row, 3, l.timeframe(), s.text);
                text(row, 4, l.status(), s.text);
                text(row, 5, l.progress(), s.text);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, Styles s, String name, String title, List<String> heads, int[] widths) {
        Sheet sheet = wb.createSheet(name);
        Row t = sheet.createRow(0);
        text(t, 0, title, s.title);
        Row h = sheet.createRow(1);
        for (int i = 0; i < heads.size(); i++) {
            text(h, i, heads.get(i), s.head);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, heads.size() - 1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return sheet;
    }

    private static void numberOrText(Row row, int col, BigDecimal value, String text, Styles s) {
        if (value != null) {
            number(row, col, value, s.number);
        } else {
            text(row, col, text, s.text);
        }
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    /** The workbook's cell styles: Times New Roman, thin borders, wrapped text. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle number;
        final CellStyle integer;

        Styles(XSSFWorkbook wb) {
            title = style(wb, true, false);
            head = style(wb, true, true);
            text = style(wb, false, true);
            number = style(wb, false, true);
            number.setDataFormat(wb.createDataFormat().getFormat(NUMBER_FORMAT));
            integer = style(wb, false, true);
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        }

        private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean border) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) 12);
            f.setBold(bold);
            CellStyle st = wb.createCellStyle();
            st.setFont(f);
            st.setWrapText(border);
            st.setVerticalAlignment(VerticalAlignment.TOP);
            if (border) {
                st.setBorderTop(BorderStyle.THIN);
                st.setBorderBottom(BorderStyle.THIN);
                st.setBorderLeft(BorderStyle.THIN);
                st.setBorderRight(BorderStyle.THIN);
            }
            return st;
        }
    }
}
