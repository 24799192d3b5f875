package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("serve", "units", "Tiến Độ");
    }

    @Test
    void versionNamesTheProduct() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Tiến Độ ");
    }

    @Test
    void unknownOptionIsRefusedWithExitCode2() {
        Run r = run("--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tùy chọn không được hỗ trợ", "--frobnicate");
    }

    @Test
    void unknownCommandIsRefusedWithExitCode2() {
        Run r = run("fly");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Lỗi:", "fly");
    }

    @Test
    void unknownServeOptionIsRefusedWithExitCode2() {
        Run r = run("serve", "--prot", "9000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--prot").contains("tiendo serve --help");
    }

    @Test
    void unitsPrintsLaiChauAndIts38Communes(@TempDir Path dir) {
        Run r = run("units", "Lai Châu", "--data-dir", dir.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[0]).contains("12", "Tỉnh Lai Châu", "38");
        assertThat(lines).hasSize(39);
        assertThat(r.out()).contains("03390  Xã Bình Lư");
        assertThat(dir.resolve("pg/PG_VERSION")).exists();
    }

    @Test
    void unitsWithoutSearchListsAllProvinces() {
        Run r = run("units");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Tỉnh Bắc Ninh", "99 đơn vị cấp xã", "Tổng: 34 tỉnh, thành phố; 3321 xã, phường, đặc khu");
    }

    @Test
    void unreachableExternalDatabaseIsOneClearSentence() {
        Run r = run("units", "--db-url", "jdbc:postgresql://127.0.0.1:1/tiendo", "--db-user", "x", "--db-password", "y");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("Lỗi: Không kết nối được tới cơ sở dữ liệu PostgreSQL").doesNotContain("\tat ");
    }

    @Test
    void unwritableDataFolderIsOneClearSentence(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Run r = run("units", "--data-dir", file.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Lỗi: Không tạo được thư mục dữ liệu").doesNotContain("\tat ");
    }

    @Test
    void portInUseIsOneClearSentence(@TempDir Path dir) throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            Run r = run("serve", "--port", Integer.toString(busy.getLocalPort()), "--data-dir", dir.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("Cổng " + busy.getLocalPort() + " đang được chương trình khác sử dụng");
        }
        assertThat(dir.resolve("tiendo.pid")).doesNotExist();
    }
}
