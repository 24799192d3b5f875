package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import/export commands on the real seed documents, against a throwaway embedded database. */
class ImportExportCommandTest {

    static Path seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/demo/seeds"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void importJsonPrintsTheProgrammeAndSavesNothing(@TempDir Path dir) throws Exception {
        MainTest.Run r = MainTest.run("import", seed("000").toString(), "--json", "--data-dir", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"number\": \"05-CTr/TU\"", "\"code\": \"12\"", "Trường đạt chuẩn quốc gia", "\"72,6\"");
        assertThat(dir.resolve("pg")).doesNotExist();
    }

    @Test
    void importSavesAndExportRoundTripsExactly(@TempDir Path dir) throws Exception {
        for (String prefix : new String[] {"000", "001", "003"}) {
            MainTest.Run json = MainTest.run("import", seed(prefix).toString(), "--json");
            MainTest.Run saved = MainTest.run("import", seed(prefix).toString(), "--data-dir", dir.toString());
            assertThat(saved.code()).as(saved.err()).isZero();
            assertThat(saved.out()).startsWith("Đã lưu văn bản").contains("chỉ tiêu", "nhiệm vụ");
            String number = saved.out().substring("Đã lưu văn bản ".length(), saved.out().indexOf(" ("));
            MainTest.Run exported = MainTest.run("export", number, "--json", "--data-dir", dir.toString());
            assertThat(exported.code()).as(exported.err()).isZero();
            assertThat(exported.out()).isEqualTo(json.out());
        }
        MainTest.Run list = MainTest.run("programmes", "--data-dir", dir.toString());
        assertThat(list.out()).contains("05-CTr/TU", "70-KH/ĐU", "04-CTr/TU", "Xã Bình Lư", "Tổng: 3 văn bản");
        MainTest.Run again = MainTest.run("import", seed("000").toString(), "--data-dir", dir.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Đã có văn bản 05-CTr/TU của Tỉnh Lai Châu");
    }

    @Test
    void aDocumentWithoutNumberNeedsOne(@TempDir Path dir) throws Exception {
        MainTest.Run r = MainTest.run("import", seed("002").toString(), "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("chưa có số hiệu");
        MainTest.Run ok = MainTest.run("import", seed("002").toString(), "--number", "99-NQ/TU", "--data-dir", dir.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("99-NQ/TU", "Tỉnh Lai Châu");
    }

    @Test
    void badFilesGetAClearMessage(@TempDir Path dir) throws Exception {
        MainTest.Run missing = MainTest.run("import", dir.resolve("khong-co.txt").toString(), "--json");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("không tìm thấy tệp");
        Path empty = Files.writeString(dir.resolve("rong.txt"), "");
        MainTest.Run r = MainTest.run("import", empty.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Lỗi: ").contains("rong.txt").doesNotContain("\tat ");
        MainTest.Run unknown = MainTest.run("export", "1-XX/YY", "--json");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không có văn bản \"1-XX/YY\"");
    }
}
