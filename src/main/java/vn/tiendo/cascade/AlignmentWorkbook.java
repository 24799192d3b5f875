package vn.tiendo.cascade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The alignment page as an XLSX workbook: one sheet per section, Vietnamese headers. */
public final class AlignmentWorkbook {

    private AlignmentWorkbook() {
    }

    public static byte[] write(Alignment a) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = sheet(wb, "Kế hoạch cấp xã", List.of("Mã xã", "Xã, phường", "Tình trạng", "Số kế hoạch"));
            for (Alignment.Commune c : a.communes()) {
                row(s, c.code(), c.name(), c.statusText(), c.status().equals("ISSUED") ? c.planNumber() : "");
            }
            s = sheet(wb, "Chỉ tiêu lệch", List.of("Xã, phường", "Chỉ tiêu", "Năm", "Tỉnh", "Xã", "Đánh giá"));
            for (Alignment.Gap g : a.gaps()) {
                row(s, g.communeName(), g.indicatorCode() + ". " + g.indicatorName(), Integer.toString(g.year()), g.parentText(),
                        g.childText(), g.weaker() ? "Thấp hơn tỉnh" : "Cao hơn tỉnh");
            }
            s = sheet(wb, "Nhiệm vụ chưa cụ thể hóa", List.of("Xã, phường", "Kế hoạch", "Nhiệm vụ của tỉnh"));
            for (Alignment.MissingTask m : a.missingTasks()) {
                row(s, m.communeName(), m.planNumber(), m.taskCode() + ". " + m.taskTitle());
            }
            s = sheet(wb, "Cộng các xã", List.of("Chỉ tiêu", "Năm", "Tỉnh", "Số xã cần", "Số xã cam kết", "Đủ"));
            for (Alignment.CommuneCount c : a.counts()) {
                row(s, c.indicatorCode() + ". " + c.indicatorName(), Integer.toString(c.year()), c.parentText(),
                        c.needed() + "/" + c.denominator(), Integer.toString(c.promised()), c.enough() ? "Đủ" : "Thiếu " + (c.needed() - c.promised()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> headers) {
        Sheet s = wb.createSheet(name);
        row(s, headers.toArray(String[]::new));
        return s;
    }

    private static void row(Sheet s, String... cells) {
        Row r = s.createRow(s.getPhysicalNumberOfRows());
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }
}
