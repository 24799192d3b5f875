package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.backup.BackupFormat.TableColumns;
import vn.tiendo.backup.BackupReader;
import vn.tiendo.backup.SchemaCatalog;
import vn.tiendo.backup.TableSummary;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.storage.EmbeddedDatabase;

/** {@code tiendo backup} of the running test database and {@code tiendo restore} into new data folders. */
@TiendoTest
class BackupRestoreCommandTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeImporter importer;

    @TempDir Path temp;

    MainTest.Run backup(Path out) {
        HikariDataSource ds = (HikariDataSource) dataSource;
        return MainTest.run("backup", "--out", out.toString(), "--db-url", ds.getJdbcUrl(), "--db-user", ds.getUsername());
    }

    /** A programme imported through the service (so audited), with two reported values. */
    long dataSet(String number) throws Exception {
        Path seed = ImportExportCommandTest.seed("000");
        ProgrammeDocument read = ProgrammeImporter.withOverrides(importer.read(seed.getFileName().toString(), Files.readAllBytes(seed)),
                number, null);
        long id = programmes.save(read, null, false);
        String code = programmes.export(id).indicators().get(0).code();
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(id).param(code)
                .query(Long.class).single();
        for (String[] v : new String[][] {{"2025", "12.5"}, {"2026", "73.25"}}) {
            jdbc.sql("""
                    INSERT INTO data_value (indicator_id, org_unit_id, period, value, created_by, updated_by)
                    SELECT ?, id, ?, ?, 'test', 'test' FROM org_unit WHERE code = '12'""")
                    .param(indicator).param(v[0]).param(new BigDecimal(v[1])).update();
        }
        long report = jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, reported_by)
                SELECT (SELECT min(id) FROM task WHERE programme_id = ?), id, '2026', 'IN_PROGRESS', 'test'
                FROM org_unit WHERE code = '12' RETURNING id""").param(id).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO task_evidence (task_report_id, report_version, file_name, media_type, size_bytes, sha256, content, uploaded_by)
                VALUES (?, 0, 'minh-chung.pdf', 'application/pdf', 256, ?, ?, 'test')""")
                .param(report).param("ab".repeat(32)).param(EVIDENCE).update();
        return id;
    }

    /** Every byte value, including NUL, backslash and newline: the copy must be binary-safe. */
    static final byte[] EVIDENCE = evidence();

    private static byte[] evidence() {
        byte[] b = new byte[256];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    Path backupFile(String number) throws Exception {
        dataSet(number);
        Path file = temp.resolve("tiendo.tdbak");
        MainTest.Run run = backup(file);
        assertThat(run.code()).as(run.err()).isZero();
        return file;
    }

    static List<TableSummary> summaries(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            List<TableColumns> tables = SchemaCatalog.tables(c);
            return SchemaCatalog.summaries(c, tables, vn.tiendo.backup.BackupFormat.VERSION);
        }
    }

    static List<TableSummary> summariesOf(Path dataDir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dataDir)) {
            return summaries(db.jdbcUrl(), db.user());
        }
    }

    @Test
    void aRestoredFolderHoldsEveryRowOfTheBackedUpDatabase() throws Exception {
        Path file = backupFile("BAK1-CTr/TU");
        HikariDataSource ds = (HikariDataSource) dataSource;
        List<TableSummary> source = summaries(ds.getJdbcUrl(), ds.getUsername());
        BackupReader.Contents contents = BackupReader.verify(file);
        assertThat(contents.trailer().tables()).containsExactlyInAnyOrderElementsOf(source);
        assertThat(source).extracting(TableSummary::name).contains("programme", "data_value", "audit_event", "task_evidence")
                .doesNotContain("flyway_schema_history");

        Path restored = temp.resolve("restored");
        MainTest.Run run = MainTest.run("restore", file.toString(), "--data-dir", restored.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã khôi phục", "data_value", "SHA-256");

        assertThat(summariesOf(restored)).containsExactlyInAnyOrderElementsOf(source);
        try (EmbeddedDatabase db = EmbeddedDatabase.open(restored);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null)) {
            JdbcClient copy = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
            assertThat(copy.sql("SELECT count(*) FROM audit_event WHERE summary LIKE '%BAK1-CTr/TU%'").query(Long.class).single())
                    .isPositive();
            assertThat(copy.sql("SELECT value::text FROM data_value v JOIN indicator i ON i.id = v.indicator_id"
                    + " JOIN programme p ON p.id = i.programme_id WHERE p.number = 'BAK1-CTr/TU' ORDER BY period")
                    .query(String.class).list()).containsExactly("12.5", "73.25");
            assertThat(copy.sql("SELECT content FROM task_evidence WHERE file_name = 'minh-chung.pdf' AND task_report_id IN"
                    + " (SELECT r.id FROM task_report r JOIN task t ON t.id = r.task_id JOIN programme p ON p.id = t.programme_id"
                    + " WHERE p.number = 'BAK1-CTr/TU')").query(byte[].class).single()).isEqualTo(EVIDENCE);
            // sequences continue after the restored rows: a new audit row gets a fresh id
            long maxId = copy.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
            assertThat(copy.sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))").query(Long.class).single())
                    .isGreaterThan(maxId);
        }
    }

    @Test
    void aTruncatedFileIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path file = backupFile("BAK2-CTr/TU");
        byte[] all = Files.readAllBytes(file);
        Path cut = temp.resolve("cut.tdbak");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        Path target = temp.resolve("never");
        MainTest.Run run = MainTest.run("restore", cut.toString(), "--data-dir", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Lỗi: Tệp sao lưu " + cut + " bị cắt cụt (thiếu phần cuối); không khôi phục từ tệp này.");
        assertThat(target).doesNotExist();
        assertThat(siblingsOf(target)).isEmpty();
    }

    @Test
    void aFileOfAnotherProgramIsRefused() throws Exception {
        Path zip = temp.resolve("other.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zip))) {
            out.write("-- PostgreSQL database dump\n".getBytes(StandardCharsets.UTF_8));
        }
        Path plain = temp.resolve("notes.txt");
        Files.writeString(plain, "xin chào");
        for (Path f : List.of(zip, plain)) {
            MainTest.Run run = MainTest.run("restore", f.toString(), "--data-dir", temp.resolve("never").toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("Lỗi: Tệp " + f + " không phải tệp sao lưu của Tiến Độ.");
        }
        assertThat(temp.resolve("never")).doesNotExist();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path file = backupFile("BAK3-CTr/TU");
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            lines.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        }
        lines.set(1, lines.get(1).replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"9999\""));
        Path newer = temp.resolve("newer.tdbak");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(newer))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        Path target = temp.resolve("never");
        MainTest.Run run = MainTest.run("restore", newer.toString(), "--data-dir", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("được tạo bởi phiên bản Tiến Độ mới hơn (lược đồ 9999, bản này chỉ biết tới");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderWithDataIsRefusedUnlessForcedAndThenKeptAside() throws Exception {
        Path file = backupFile("BAK4-CTr/TU");
        Path target = Files.createDirectories(temp.resolve("data"));
        Files.writeString(target.resolve("ghi-chu.txt"), "dữ liệu cũ");

        MainTest.Run refused = MainTest.run("restore", file.toString(), "--data-dir", target.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Lỗi: Thư mục dữ liệu " + target + " đã có dữ liệu; không khôi phục đè lên.");
        assertThat(Files.readString(target.resolve("ghi-chu.txt"))).isEqualTo("dữ liệu cũ");

        MainTest.Run forced = MainTest.run("restore", file.toString(), "--data-dir", target.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        List<Path> aside = siblingsOf(target);
        assertThat(aside).hasSize(1);
        assertThat(aside.get(0).getFileName().toString()).startsWith("data.bak-");
        assertThat(Files.readString(aside.get(0).resolve("ghi-chu.txt"))).isEqualTo("dữ liệu cũ");
        assertThat(forced.out()).contains("Thư mục dữ liệu cũ được giữ tại " + aside.get(0));
        assertThat(target.resolve("pg")).isDirectory();
    }

    @Test
    void anExistingOutputFileIsNotOverwritten() throws Exception {
        Path out = temp.resolve("old.tdbak");
        Files.writeString(out, "bản cũ");
        MainTest.Run run = backup(out);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Lỗi: tệp " + out + " đã có; chọn tên khác để không ghi đè bản sao lưu cũ.");
        assertThat(Files.readString(out)).isEqualTo("bản cũ");
    }

    private static List<Path> siblingsOf(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(dir.getFileName() + ".")).toList();
        }
    }
}
