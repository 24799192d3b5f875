package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiendo report} right after {@code tiendo import} of seed 000, as the example. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importThenReportWritesThePartyDocx() throws Exception {
        MainTest.Run saved = MainTest.run("import", ImportExportCommandTest.seed("000").toString(), "--number", "905-RPT/TU",
                "--data-dir", dir.resolve("db").toString());
        assertThat(saved.code()).as(saved.err()).isZero();
        Path out = dir.resolve("bao-cao.docx");
        MainTest.Run r = MainTest.run("report", "905-RPT/TU", "--unit", "12", "--period", "2026", "--format", "docx", "--out",
                out.toString(), "--data-dir", dir.resolve("db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã ghi");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("TỈNH ỦY LAI CHÂU", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "905-RPT/TU",
                    "Trường đạt chuẩn quốc gia", "PHỤ LỤC I");
        }
    }

    @Test
    void anUnknownFormatIsRefusedInVietnamese() {
        MainTest.Run r = MainTest.run("report", "05-CTr/TU", "--period", "2026", "--format", "odt", "--out",
                dir.resolve("x.odt").toString(), "--data-dir", dir.resolve("db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Định dạng báo cáo không hợp lệ: \"odt\"");
    }
}
