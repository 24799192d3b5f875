package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.report.batch.ReportBatchExecutor;
import vn.tiendo.security.TestProgrammes;

/**
 * {@code tiendo report-batch} against the test database: with the application's renderer every Lai Châu commune is in the
 * ZIP and the progress is printed per unit; without one the command says so and creates no batch.
 */
@TiendoTest
class ReportBatchCommandTest {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ReportBatchExecutor executor;
    @TempDir Path temp;

    @Test
    void everyCommuneOfLaiChauInOneZipWithProgress() throws Exception {
        String number = "BCL-" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        long programme = TestProgrammes.save(context, "12", number, false);
        HikariDataSource ds = (HikariDataSource) dataSource;
        Path zip = temp.resolve("lai-chau.zip");

        MainTest.Run run = MainTest.run("report-batch", number, "--period", "2026", "--format", "docx", "--out", zip.toString(),
                "--unit", "12", "--db-url", ds.getJdbcUrl(), "--db-user", ds.getUsername());

        int batches = jdbc.sql("SELECT count(*) FROM report_batch WHERE programme_id = ?").param(programme).query(Integer.class).single();
        if (!executor.available()) {
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("chưa có bộ tạo báo cáo");
            assertThat(batches).isZero();
            assertThat(zip).doesNotExist();
            return;
        }
        assertThat(run.code()).as(run.err()).isIn(0, 3);
        assertThat(run.out()).contains("1/38 ", "38/38 ", "Đã ghi " + zip);
        assertThat(batches).isEqualTo(1);
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).hasSize(39).contains("danh-sach.txt", "03390-Xa-Binh-Lu.docx");
    }

    @Test
    void aBadFormatIsRefusedBeforeAnythingStarts() {
        MainTest.Run run = MainTest.run("report-batch", "05-CTr/TU", "--period", "2026", "--format", "odt", "--out",
                temp.resolve("x.zip").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Định dạng báo cáo không hợp lệ: \"odt\"");
    }
}
