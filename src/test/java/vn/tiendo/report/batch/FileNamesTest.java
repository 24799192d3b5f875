package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void vietnameseNamesBecomeSafeFileNames() {
        assertThat(FileNames.report("03390", "Xã Bình Lư", "docx")).isEqualTo("03390-Xa-Binh-Lu.docx");
        assertThat(FileNames.report("03391", "Xã Tủa Sín Chải", "PDF")).isEqualTo("03391-Xa-Tua-Sin-Chai.pdf");
        assertThat(FileNames.report(null, "Đảng ủy xã Nậm Cuổi – Ứng Hòa / Quỳnh Lưu", "xlsx"))
                .isEqualTo("Dang-uy-xa-Nam-Cuoi-Ung-Hoa-Quynh-Luu.xlsx");
        assertThat(FileNames.slug("05-CTr/TU")).isEqualTo("05-CTr-TU");
        assertThat(FileNames.slug("../..")).isEqualTo("bao-cao");
    }
}
