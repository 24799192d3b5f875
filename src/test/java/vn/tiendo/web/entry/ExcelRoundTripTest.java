package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.EntryFixtures;

/** Download the template, fill it in with POI as an officer would in Excel, upload it. */
@TiendoTest
class ExcelRoundTripTest extends BinhLuEntryTestBase {

    /** Rows of the Bình Lư template (1-based as Excel shows them). */
    static final int I1 = 7, I2 = 9, I3 = 10, I4 = 11, I5 = 12;
    static final int VALUE = 4;


    byte[] download(String path) {
        ResponseEntity<byte[]> r = http.getForEntity(path + "/mau.xlsx", byte[].class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentDisposition().getFilename()).startsWith("nhap-lieu_").endsWith(".xlsx").doesNotContain("/");
        return r.getBody();
    }

    static byte[] edit(byte[] file, Consumer<XSSFSheet> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheet("Số liệu"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void put(Sheet s, int row, String text) {
        s.getRow(row - 1).getCell(VALUE).setCellValue(text);
    }

    ResponseEntity<String> upload(byte[] file) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "binh-lu.xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(base + "/excel", new HttpEntity<>(body, h), String.class);
    }

    int storedCount() {
        return jdbc.sql("SELECT count(*) FROM data_value d JOIN indicator i ON i.id = d.indicator_id WHERE i.programme_id = ?")
                .param(p.id()).query(Integer.class).single();
    }

    void refused(byte[] file, String... messages) {
        ResponseEntity<String> r = upload(file);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody().replace("&quot;", "\"")).contains("Không nhận tệp binh-lu.xlsx").contains(messages);
        assertThat(storedCount()).isZero();
    }

    @Test
    void theTemplateIsProtectedExceptTheValueAndNoteCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(base)))) {
            XSSFSheet s = wb.getSheet("Số liệu");
            assertThat(s.getProtect()).isTrue();
            assertThat(s.isColumnHidden(6)).isTrue();
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("03390 – Xã Bình Lư");
            Row i1 = s.getRow(I1 - 1);
            assertThat(i1.getCell(0).getStringCellValue()).isEqualTo("I.1");
            assertThat(i1.getCell(3).getStringCellValue()).isEqualTo("72,6");
            assertThat(i1.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(i1.getCell(VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(i1.getCell(VALUE + 1).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRow(I2 - 1).getCell(3).getStringCellValue()).isEqualTo("21 (8/38)");
            assertThat(s.getDataValidations()).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Đạt", "Chưa đạt");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("E" + I4);
            });
        }
    }

    @Test
    void aFilledTemplateIsStored() throws Exception {
        byte[] filled = edit(download(base), s -> {
            put(s, I1, "71,9");
            put(s, I2, "8/38");
            s.getRow(I3 - 1).getCell(VALUE).setCellValue(4700);  // a number cell, as Excel stores a typed number
            put(s, I4, "Đạt");
            s.getRow(I4 - 1).getCell(VALUE + 1).setCellValue("Theo quyết định công nhận");
        });
        ResponseEntity<String> r = upload(filled);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("Đã nhận tệp binh-lu.xlsx: lưu 4 số liệu (4 mới, 0 sửa, 0 không đổi)");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
        assertThat(values.find(p.indicator("I.2"), binhLu, "2026").orElseThrow().text()).isEqualTo("8/38");
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("4700");
        assertThat(values.find(p.indicator("I.4"), binhLu, "2026").orElseThrow().comment()).isEqualTo("Theo quyết định công nhận");

        // the next template carries the stored values and their versions; changing one updates it
        byte[] again = edit(download(base), s -> put(s, I1, "72,6"));
        assertThat(upload(again).getBody()).contains("lưu 1 số liệu (0 mới, 1 sửa, 3 không đổi)");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anOldTemplateDoesNotOverwriteANewerValue() throws Exception {
        byte[] old = download(base);
        upload(edit(download(base), s -> put(s, I1, "71,9")));
        ResponseEntity<String> r = upload(edit(old, s -> put(s, I1, "60")));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("Dòng 7, cột E: số liệu chỉ tiêu I.1", "cập nhật lúc", "hãy tải lại");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
    }

    @Test
    void badValuesAreAllListedWithRowAndColumnAndNothingIsStored() throws Exception {
        refused(edit(download(base), s -> {
            put(s, I1, "71,9");        // good, but must not be stored either
            put(s, I2, "120");
            put(s, I3, "nhiều");
            put(s, I4, "Có");
            put(s, I5, "-4");
        }), "Dòng 9, cột E: tỉ lệ phần trăm phải từ 0 đến 100, đã nhập 120",
                "Dòng 10, cột E: \"nhiều\" không phải là số",
                "Dòng 11, cột E: chỉ nhận \"Đạt\" hoặc \"Chưa đạt\", đã nhập \"Có\"",
                "Dòng 12, cột E: số liệu không được âm, đã nhập -4");
        refused(edit(download(base), s -> put(s, I1, "-0,5")), "Dòng 7, cột E: số liệu không được âm");
        refused(edit(download(base), s -> put(s, I1, "1.5")), "Dòng 7, cột E: \"1.5\" không rõ nghĩa", "ví dụ 1,5");
    }

    @Test
    void aDuplicatedIndicatorRowIsRefused() throws Exception {
        refused(edit(download(base), s -> {
            put(s, I1, "71,9");
            Row copy = s.createRow(s.getLastRowNum() + 1);
            copy.createCell(0).setCellValue("I.1");
            copy.createCell(VALUE).setCellValue("75");
        }), "Dòng 14, cột A: chỉ tiêu I.1 lặp lại (đã có ở dòng 7)");
    }

    @Test
    void aDeletedColumnOrAMovedHeaderIsRefused() throws Exception {
        refused(edit(download(base), s -> {
            put(s, I1, "71,9");
            s.shiftColumns(3, 6, -1);  // column C (Đơn vị tính) deleted
        }), "Dòng 6, cột C: tiêu đề phải là \"Đơn vị tính\" nhưng tệp ghi \"Mục tiêu năm 2026\"",
                "Dòng 1, cột F: chữ ký biểu mẫu phải ở cột G");
        refused(edit(download(base), s -> {
            put(s, I1, "71,9");
            s.getRow(5).getCell(4).setCellValue("Thực hiện");
        }), "Dòng 6, cột E: tiêu đề phải là \"Số liệu thực hiện\"");
        refused(edit(download(base), s -> {
            put(s, I1, "71,9");
            s.shiftRows(1, s.getLastRowNum(), 1);  // a row inserted above the header
        }), "Dòng 6, cột A: tiêu đề phải là \"Mã chỉ tiêu\"");
    }

    @Test
    void aTemplateForAnotherUnitOrPeriodIsRefused() throws Exception {
        byte[] taTong = edit(download("/nhap-lieu/" + p.id() + "/03463/2026"), s -> put(s, I1, "71,9"));
        refused(taTong, "Dòng 1, cột G: biểu mẫu này dành cho đơn vị 03463 – Xã Tà Tổng, kỳ 2026",
                "trang này nhận số liệu của 03390 – Xã Bình Lư");
        byte[] quarter = edit(download("/nhap-lieu/" + p.id() + "/03390/2026Q1"), s -> put(s, I1, "71,9"));
        refused(quarter, "Dòng 1, cột G: biểu mẫu này dành cho đơn vị 03390 – Xã Bình Lư, kỳ 2026Q1");
        refused(edit(download(base), s -> s.getRow(0).getCell(6).setCellValue("TIENDO-NHAPLIEU;v1;p=1;u=03390;k=2026;c=000000000000")),
                "Dòng 1, cột G: thiếu hoặc sai chữ ký biểu mẫu");
    }

    @Test
    void aFileCutOffHalfwayIsRefused() throws Exception {
        byte[] full = edit(download(base), s -> put(s, I1, "71,9"));
        refused(Arrays.copyOf(full, full.length / 2), "Tệp binh-lu.xlsx: không mở được", "tải lên chưa hết");
        refused("không phải Excel".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Tệp binh-lu.xlsx: không mở được");
    }
}
