package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;

/** {@code tiendo import --replace} against the test database: reported data is kept, or its loss confirmed. */
@TiendoTest
class ImportReplaceCommandTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeImporter importer;

    MainTest.Run tiendo(String... args) {
        HikariDataSource ds = (HikariDataSource) dataSource;
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", ds.getJdbcUrl(), "--db-user", ds.getUsername()));
        return MainTest.run(all.toArray(String[]::new));
    }

    long valueOn(long programmeId, String code, String period, String value) {
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, created_by, updated_by)
                SELECT ?, id, ?, ?, 'test', 'test' FROM org_unit WHERE code = '12'""")
                .param(indicator).param(period).param(new java.math.BigDecimal(value)).update();
        return indicator;
    }

    int valueCount(long indicatorId) {
        return jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ?").param(indicatorId).query(Integer.class).single();
    }

    @Test
    void theCreatorIsTheOperatingSystemUserAndReplacingKeepsValues() throws Exception {
        Path seed = ImportExportCommandTest.seed("000");
        MainTest.Run first = tiendo("import", seed.toString(), "--number", "CLI1-CTr/TU");
        assertThat(first.code()).as(first.err()).isZero();
        long id = programmes.findId("CLI1-CTr/TU@12").orElseThrow();
        assertThat(jdbc.sql("SELECT created_by FROM programme WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(System.getProperty("user.name") + " (dòng lệnh)");
        String code = programmes.export(id).indicators().get(0).code();
        long indicator = valueOn(id, code, "2026", "73.5");

        MainTest.Run again = tiendo("import", seed.toString(), "--number", "CLI1-CTr/TU", "--replace");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(programmes.findId("CLI1-CTr/TU@12")).contains(id);
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ?").param(indicator).query(String.class).single())
                .isEqualTo("73.5");
    }

    @Test
    void droppingReportedDataIsRefusedWithTheListUnlessConfirmed() throws Exception {
        Path seed = ImportExportCommandTest.seed("000");
        ProgrammeDocument read = ProgrammeImporter.withOverrides(importer.read(seed.getFileName().toString(), Files.readAllBytes(seed)),
                "CLI2-CTr/TU", null);
        Indicator extra = new Indicator("99", null, "Chỉ tiêu đã bỏ khỏi văn bản", "%", read.indicators().get(0).valueType(),
                read.indicators().get(0).direction(), null, List.of(), List.of(), false, List.of(), List.of(), false, null, null);
        List<Indicator> more = new ArrayList<>(read.indicators());
        more.add(extra);
        long id = programmes.save(new ProgrammeDocument(read.document(), more, read.tasks(), read.warnings()), null, false);
        long indicator = valueOn(id, "99", "2026", "5");

        MainTest.Run refused = tiendo("import", seed.toString(), "--number", "CLI2-CTr/TU", "--replace");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Thay thế văn bản CLI2-CTr/TU sẽ bỏ số liệu đã báo cáo của:",
                "  - chỉ tiêu 99 \"Chỉ tiêu đã bỏ khỏi văn bản\" (1 số liệu)",
                "Lỗi: chưa lưu gì. Nếu đúng là muốn bỏ các số liệu trên, chạy lại với --replace --drop-reported.");
        assertThat(valueCount(indicator)).isEqualTo(1);

        MainTest.Run confirmed = tiendo("import", seed.toString(), "--number", "CLI2-CTr/TU", "--replace", "--drop-reported");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(valueCount(indicator)).isZero();
        assertThat(programmes.findId("CLI2-CTr/TU@12")).contains(id);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE object_type = 'data_value' AND action = 'DELETE'"
                + " AND summary LIKE '%CLI2-CTr/TU%'").query(String.class).single())
                .isEqualTo(System.getProperty("user.name") + " (dòng lệnh)");
    }
}
