package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.TimeframeKind;

/** A .docx built with POI from the appendices of 05-CTr/TU reads like the text seed. */
class DocxTest {

    private static byte[] build() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Phụ lục I");
            doc.createParagraph().createRun().setText(
                    "(Kèm theo Chương trình hành động số 05-CTr/TU, ngày 24/11/2025 của Ban Thường vụ Tỉnh ủy)");
            doc.createParagraph().createRun().setText("Tỉnh Lai Châu");
            XWPFTable t = doc.createTable();
            // header line 1: "Năm" spans the five year columns (gridSpan)
            row(t.getRow(0), "TT", "Chỉ tiêu", "Đơn vị", "Kết quả thực hiện năm 2025 (ước đạt)", "Chỉ tiêu", "Năm",
                    "Cơ quan chủ trì theo dõi, đánh giá");
            t.getRow(0).getCell(5).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
            XWPFTableRow h2 = t.createRow();
            row(h2, "", "", "", "", "", "2026", "2027", "2028", "2029", "2030", "");
            XWPFTableRow sec = t.createRow();
            row(sec, "I", "Đến năm 2030", "", "", "", "", "", "", "", "", "");
            XWPFTableRow r1 = t.createRow();
            row(r1, "1", "Trường đạt chuẩn quốc gia", "%", "71,9", "≥ 80", "72,6", "74,7", "77,5", "79,7", "81,2",
                    "Sở Giáo dục và Đào tạo");
            r1.getCell(10).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableRow r2 = t.createRow();
            row(r2, "2", "Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi", "% (xã, phường)", "0 %", "100",
                    "21 (8/38)", "39,4 (15/38)", "71 (27/38)", "100 (38/38)", "100 (38/38)", "Sở Giáo dục và Đào tạo");
            r2.getCell(10).getCTTc().addNewTcPr().addNewVMerge(); // continuation: text ignored, blank continues above

            doc.createParagraph().createRun().setText("Phụ lục II");
            XWPFTable tasks = doc.createTable();
            row(tasks.getRow(0), "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp/tham mưu", "Thời gian", "Ghi chú");
            row(tasks.createRow(), "B", "Đối với các nhiệm vụ của Tỉnh", "", "", "", "");
            row(tasks.createRow(), "I", "Nâng cao nhận thức", "", "", "", "");
            XWPFTableRow k1 = tasks.createRow();
            row(k1, "1", "Xây dựng kế hoạch tuyên truyền", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                    "Các ban đảng tỉnh; các đảng ủy trực thuộc Tỉnh ủy", "Năm 2025 và thực hiện thường xuyên hàng năm", "");
            k1.getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableRow k2 = tasks.createRow();
            row(k2, "2", "Tăng cường truyền thông", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các ban đảng tỉnh", "Thường xuyên", "");
            k2.getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell c = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            c.setText(cells[i]);
        }
        // drop extra cells created by createRow() beyond the given ones
        while (row.getTableCells().size() > cells.length) {
            row.removeCell(row.getTableCells().size() - 1);
        }
    }

    @Test
    void readsDocxLikeText() throws Exception {
        byte[] bytes = build();
        assertThat(bytes[0]).isEqualTo((byte) 'P');
        ProgrammeDocument doc = new ProgrammeReader().read("05-CTr-TU.docx", bytes);
        assertThat(doc.document().number()).isEqualTo("05-CTr/TU");
        assertThat(doc.document().date()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(doc.document().orgUnit().code()).isEqualTo("12");
        assertThat(doc.indicators()).hasSize(2);
        Indicator i1 = doc.indicators().get(0);
        assertThat(i1.code()).isEqualTo("I.1");
        assertThat(i1.targets()).extracting(Target::year).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(i1.targets().get(4).value()).isEqualTo(new BigDecimal("81.2"));
        assertThat(i1.baseline().value()).isEqualTo(new BigDecimal("71.9"));
        Indicator i2 = doc.indicators().get(1);
        assertThat(i2.targets().get(0).numerator()).isEqualTo(8);
        assertThat(i2.trackedBy()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(i2.trackedByInferred()).isTrue();

        assertThat(doc.tasks()).extracting(Task::code).containsExactly("B.I.1", "B.I.2");
        Task t2 = doc.tasks().get(1);
        assertThat(t2.leadInferred()).isTrue();
        assertThat(t2.lead()).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(t2.timeframe().kind()).isEqualTo(TimeframeKind.ONGOING);
        assertThat(doc.tasks().get(0).timeframe().kind()).isEqualTo(TimeframeKind.RECURRING);
    }

    @Test
    void docxWithTheSameTablesAsTheTextSeedGivesTheSameTargets() throws Exception {
        ProgrammeDocument fromDocx = new ProgrammeReader().read("a.docx", build());
        ProgrammeDocument fromText = Seeds.read(Seeds.S000);
        for (String code : new String[] {"I.2"}) {
            Indicator d = fromDocx.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
            Indicator t = Seeds.indicator(fromText, code);
            assertThat(d.targets()).isEqualTo(t.targets());
            assertThat(d.baseline()).isEqualTo(t.baseline());
            assertThat(d.name()).isEqualTo(t.name());
        }
    }
}
