package vn.tiendo.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.reader.ProgrammeReader;

/** The lead and coordinating names of the seed documents, resolved to bodies on the real database. */
@TiendoTest
class SeedBodiesTest {

    static long laiChau;
    static long binhLu;
    static long bacNinh;
    static ProgrammeDocument doc000;
    static ProgrammeDocument doc001;
    static ProgrammeDocument doc003;

    @Autowired JdbcClient jdbc;
    @Autowired ProgrammeBodies bodies;
    @Autowired BodyAliasService aliases;

    @BeforeAll
    static void importSeeds(@Autowired ProgrammeService programmes) throws IOException {
        doc000 = ProgrammeImporter.withOverrides(read("000_f08d51100ad4b942.txt"), "S9B-05/TU", "12");
        doc001 = ProgrammeImporter.withOverrides(read("001_8a8e82d6809c8145.txt"), "S9B-70/ĐU", "03390");
        doc003 = ProgrammeImporter.withOverrides(read("003_98c881c0be3fca60.txt"), "S9B-04/TU", "24");
        laiChau = CurrentActor.runAs("test", () -> programmes.save(doc000, "000.txt", false));
        binhLu = CurrentActor.runAs("test", () -> programmes.save(doc001, "001.txt", false));
        bacNinh = CurrentActor.runAs("test", () -> programmes.save(doc003, "003.txt", false));
    }

    static ProgrammeDocument read(String name) throws IOException {
        try (InputStream in = SeedBodiesTest.class.getResourceAsStream("/reader/seeds/" + name)) {
            return new ProgrammeReader().read(name, in.readAllBytes());
        }
    }

    /** Every lead name of every task is either resolved to a body or listed to map; none is dropped. */
    @Test
    void everyLeadNameIsResolvedOrListed() {
        for (long id : List.of(laiChau, binhLu, bacNinh)) {
            CurrentActor.runAs("test", () -> bodies.resolve(id));
            Set<String> linked = bodies.links(id).stream().filter(l -> l.role().equals(ProgrammeBodies.LEAD))
                    .map(l -> l.taskId() + "|" + l.name()).collect(Collectors.toSet());
            List<Object[]> tasks = jdbc.sql("SELECT id, lead FROM task WHERE programme_id = ?").param(id)
                    .query((rs, i) -> new Object[] {rs.getLong(1), (String[]) rs.getArray(2).getArray()}).list();
            for (Object[] t : tasks) {
                for (String lead : (String[]) t[1]) {
                    assertThat(linked).as("lead %s of task %s", lead, t[0]).contains(t[0] + "|" + lead.strip());
                }
            }
        }
        assertThat(aliases.unmapped()).anySatisfy(u -> {
            assertThat(u.scopeName()).isEqualTo("Tỉnh Lai Châu");
            assertThat(u.name()).isEqualTo("Các ban đảng tỉnh");
            assertThat(u.programmes()).contains("S9B-05/TU");
        });
    }

    @Test
    void collectivePhraseIsOneBodyInEveryCommune() {
        CurrentActor.runAs("test", () -> bodies.resolve(laiChau));
        int communes = jdbc.sql("SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id"
                + " WHERE p.code = '12' AND c.level = 'COMMUNE'").query(Integer.class).single();
        assertThat(communes).isEqualTo(38);
        List<String> coordinating = bodyNames(task(doc000, "B.II.5"), "COORDINATING", "Đảng ủy các xã, phường");
        assertThat(coordinating).hasSize(38).allMatch(n -> n.equals("Đảng ủy xã") || n.equals("Đảng ủy phường"));
        assertThat(parents(task(doc000, "B.II.5"), "COORDINATING", "Đảng ủy các xã, phường")).isEqualTo(38);
        // "các đảng ủy trực thuộc Tỉnh ủy" leading B.I.3: the same 38 bodies
        List<Long> lead = ids(task(doc000, "B.I.3"), "LEAD", "Các đảng ủy trực thuộc Tỉnh ủy");
        assertThat(lead).hasSize(38)
                .containsExactlyInAnyOrderElementsOf(ids(task(doc000, "B.II.5"), "COORDINATING", "Đảng ủy các xã, phường"));
    }

    @Test
    void genericNamesBecomeBodiesOfEachProvinceAndCommune() {
        CurrentActor.runAs("test", () -> bodies.resolve(laiChau));
        CurrentActor.runAs("test", () -> bodies.resolve(binhLu));
        CurrentActor.runAs("test", () -> bodies.resolve(bacNinh));
        assertThat(parentCode(task(doc000, "B.II.6"), "LEAD")).containsExactly("12|Đảng ủy Ủy ban nhân dân tỉnh");
        assertThat(parentCode(task(doc003, "I.1"), "LEAD")).containsExactly("24|Đảng ủy Ủy ban nhân dân tỉnh");
        assertThat(parentCode(task(doc000, "B.VIII.16"), "LEAD")).containsExactly(
                "12|Ban Tuyên giáo và Dân vận Tỉnh ủy", "12|Ủy ban Kiểm tra Tỉnh ủy");
        assertThat(parentCode(task(doc001, "A.1"), "LEAD")).containsExactly("03390|Ủy ban nhân dân xã");
        // "Ban Xây dựng Đảng" in a commune is the commune's "Ban Xây dựng Đảng Đảng ủy"
        assertThat(parentCode(task(doc001, "B.VII.13"), "LEAD")).containsExactly(
                "03390|Ban Xây dựng Đảng Đảng ủy", "03390|Ủy ban Kiểm tra Đảng ủy");
        // the commune's own "UBND xã" is the body the province's "UBND các xã" would name in it
        assertThat(parentCode(task(doc001, "B.VII.14"), "COORDINATING")).contains("03390|Ủy ban nhân dân xã");
    }

    @Test
    void aNameNeverMapsToTwoBodies() {
        CurrentActor.runAs("test", () -> bodies.resolve(bacNinh));
        long province = jdbc.sql("SELECT id FROM org_unit WHERE code = '24'").query(Long.class).single();
        assertThatThrownBy(() -> CurrentActor.runAs("test", () -> aliases.map(province, "Đảng ủy UBND tỉnh",
                new BodyAliasService.Target(null, "Sở Giáo dục và Đào tạo"))))
                .isInstanceOf(BodyAliasRefusedException.class)
                .hasMessage("Tên \"Đảng ủy UBND tỉnh\" là tên của cơ quan \"Đảng ủy Ủy ban nhân dân tỉnh\" tại Tỉnh Bắc Ninh;"
                        + " không thể ánh xạ tên này tới cơ quan khác.");
        long id = CurrentActor.runAs("test", () -> aliases.map(province, "Tổ giúp việc S9B",
                new BodyAliasService.Target(null, "Văn phòng Tỉnh ủy")));
        assertThatThrownBy(() -> CurrentActor.runAs("test", () -> aliases.map(province, "  tổ GIÚP việc   s9b ",
                new BodyAliasService.Target(null, "Sở Tài chính"))))
                .isInstanceOf(BodyAliasRefusedException.class)
                .hasMessage("Tên \"tổ GIÚP việc   s9b\" đã được ánh xạ tới Văn phòng Tỉnh ủy tại Tỉnh Bắc Ninh."
                        + " Một tên chỉ ứng với một cơ quan: xóa ánh xạ cũ trước khi ánh xạ lại.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'body_alias' AND object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        CurrentActor.runAs("test", () -> {
            aliases.remove(id);
            return null;
        });
        assertThat(aliases.alias(id)).isEmpty();
    }

    @Test
    void seededAliasKeysAreNormalised() {
        List<String[]> rows = jdbc.sql("SELECT alias, alias_key FROM body_alias WHERE created_by = 'system'")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(r -> assertThat(BodyNames.key(r[0])).as(r[0]).isEqualTo(r[1]));
    }

    static Task task(ProgrammeDocument doc, String code) {
        return doc.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private long taskId(Task t) {
        return jdbc.sql("SELECT t.id FROM task t JOIN programme p ON p.id = t.programme_id WHERE p.number = ? AND t.code = ?")
                .param(numberOf(t)).param(t.code()).query(Long.class).single();
    }

    private static String numberOf(Task t) {
        return doc000.tasks().contains(t) ? "S9B-05/TU" : doc001.tasks().contains(t) ? "S9B-70/ĐU" : "S9B-04/TU";
    }

    private List<Long> ids(Task t, String role, String name) {
        return jdbc.sql("SELECT body_unit_id FROM task_body WHERE task_id = ? AND role = ? AND name = ?")
                .param(taskId(t)).param(role).param(name).query(Long.class).list();
    }

    private List<String> bodyNames(Task t, String role, String name) {
        return jdbc.sql("SELECT u.full_name FROM task_body b JOIN org_unit u ON u.id = b.body_unit_id"
                        + " WHERE b.task_id = ? AND b.role = ? AND b.name = ?")
                .param(taskId(t)).param(role).param(name).query(String.class).list();
    }

    private int parents(Task t, String role, String name) {
        return jdbc.sql("SELECT count(DISTINCT u.parent_id) FROM task_body b JOIN org_unit u ON u.id = b.body_unit_id"
                        + " JOIN org_unit c ON c.id = u.parent_id AND c.level = 'COMMUNE'"
                        + " WHERE b.task_id = ? AND b.role = ? AND b.name = ?")
                .param(taskId(t)).param(role).param(name).query(Integer.class).single();
    }

    private List<String> parentCode(Task t, String role) {
        return jdbc.sql("SELECT p.code || '|' || u.full_name FROM task_body b JOIN org_unit u ON u.id = b.body_unit_id"
                        + " JOIN org_unit p ON p.id = u.parent_id WHERE b.task_id = ? AND b.role = ?"
                        + " AND p.level <> 'COMMUNE' OR (b.task_id = ? AND b.role = ? AND p.code = '03390') ORDER BY 1")
                .param(taskId(t)).param(role).param(taskId(t)).param(role).query(String.class).list();
    }
}
