package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tiendo.security.Role;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.storage.ImportDraftRepository;
import vn.tiendo.programmes.ProgrammeService;

/** Upload → draft → review → corrections → confirm, over real HTTP against the real database. */
@TiendoTest
class ImportReviewFlowTest {

    static final String SEED = "000_f08d51100ad4b942.txt";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportDraftRepository drafts;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ApplicationContext context;

    Http http;

    /** The owner of Lai Châu's programmes (chủ trì chương trình of Tỉnh Lai Châu) reads 05-CTr/TU. */
    @BeforeEach
    void client() {
        http = Http.signedIn(port, context, Role.PROGRAMME_OWNER, "12");
    }

    static byte[] seed(String name) throws Exception {
        try (InputStream in = ImportReviewFlowTest.class.getResourceAsStream("/reader/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Phụ lục I of the seed as .docx, with "Đào tạo nghề"'s overall target changed from 23.500 (= 5 × 4.700, read as
     * cumulative without a warning) to 25.000, which agrees with neither reading and so is warned about.
     */
    static byte[] appendixDocxWithAnOverallTargetThatDisagrees() throws Exception {
        java.util.List<String> lines = java.util.Arrays.asList(disagreeingSeed().split("\n", -1));
        int from = 0;
        while (!lines.get(from).contains("Phụ lục I")) {
            from++;
        }
        return vn.tiendo.reader.bench.SeedDocx.build(lines, from);
    }

    /** The seed with "Đào tạo nghề"'s overall target 23.500 changed to 25.000 (line 178). */
    static String disagreeingSeed() throws Exception {
        String text = new String(seed(SEED), java.nio.charset.StandardCharsets.UTF_8);
        String changed = text.replace("\t23.500\t", "\t25.000\t");
        if (changed.equals(text)) {
            throw new IllegalStateException("the seed no longer has 23.500 on line 178");
        }
        return changed;
    }

    int programmesNumbered(String number) {
        return jdbc.sql("SELECT count(*) FROM programme WHERE number = ?").param(number).query(Integer.class).single();
    }

    int programmeCount() {
        return jdbc.sql("SELECT count(*) FROM programme").query(Integer.class).single();
    }

    UUID uploadSeed() throws Exception {
        HttpResponse<String> up = http.upload(SEED, seed(SEED));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(302);
        return UUID.fromString(Http.location(up).substring("/nhap-van-ban/".length()));
    }

    /** The form of indicator {@code key} with every year column filled as in the draft, then {@code changes}. */
    Map<String, String> indicatorForm(UUID id, int index, Map<String, String> changes) {
        ImportDraftRepository.ImportDraft d = drafts.find(id).orElseThrow();
        Indicator in = d.document().indicators().get(index);
        TreeSet<Integer> years = new TreeSet<>();
        d.document().indicators().forEach(i -> i.targets().forEach(t -> years.add(t.year())));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", Integer.toString(d.version()));
        form.put("ten", in.name());
        form.put("don-vi", in.unit());
        form.put("nam-goc", in.baseline() == null ? "" : in.baseline().text());
        for (int y : years) {
            form.put("nam-" + y, in.targets().stream().filter(t -> t.year() == y).map(Target::text).findFirst().orElse(""));
        }
        form.putAll(changes);
        return form;
    }

    String version(UUID id) {
        return Integer.toString(drafts.find(id).orElseThrow().version());
    }

    @Test
    void officerCorrectsACellDropsATaskAndConfirms() throws Exception {
        int before = programmeCount();
        UUID id = uploadSeed();

        HttpResponse<String> review = http.get("/nhap-van-ban/" + id);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("Trường đạt chuẩn quốc gia", "72,6", "05-CTr/TU", "Tỉnh Lai Châu",
                "href=\"#L170\"", "id=\"L170\"", "suy ra từ dòng trên", "B.I.1");
        assertThat(programmeCount()).as("nothing is saved before confirming").isEqualTo(before);

        // a unique number so that the test does not depend on other tests' programmes
        HttpResponse<String> header = http.post("/nhap-van-ban/" + id + "/thong-tin", Map.of("version", version(id),
                "so-hieu", "NVB5-CTr/TU", "ngay", "24/11/2025", "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        assertThat(header.statusCode()).isEqualTo(302);

        String seen = version(id);
        HttpResponse<String> edit = http.post("/nhap-van-ban/" + id + "/hang/c0", indicatorForm(id, 0, Map.of("nam-2026", "73")));
        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(Http.location(edit)).isEqualTo("/nhap-van-ban/" + id);

        // a second edit based on the page seen before the first one is refused, nothing is lost
        Map<String, String> stale = indicatorForm(id, 0, Map.of("nam-2026", "99", "version", seen));
        HttpResponse<String> refused = http.post("/nhap-van-ban/" + id + "/hang/c0", stale);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(http.followed().body()).contains("đã được sửa ở nơi khác", "chưa được lưu");
        Target t2026 = drafts.find(id).orElseThrow().document().indicators().get(0).targets().get(0);
        assertThat(t2026.text()).isEqualTo("73");

        // an unreadable cell keeps its text and becomes a warning of the row
        http.post("/nhap-van-ban/" + id + "/hang/c1", indicatorForm(id, 1, Map.of("nam-2026", "21 hoặc 22")));
        assertThat(http.get("/nhap-van-ban/" + id).body()).contains("Năm 2026: Không đọc được số trong ô", "21 hoặc 22");

        ProgrammeDocument draft = drafts.find(id).orElseThrow().document();
        assertThat(draft.tasks().get(1).code()).isEqualTo("B.I.1");
        HttpResponse<String> drop = http.post("/nhap-van-ban/" + id + "/hang/n1/bo", Map.of("version", version(id)));
        assertThat(drop.statusCode()).isEqualTo(302);
        assertThat(programmeCount()).as("edits save nothing").isEqualTo(before);

        HttpResponse<String> confirm = http.post("/nhap-van-ban/" + id + "/xac-nhan", Map.of("version", version(id)));
        assertThat(confirm.statusCode()).isEqualTo(302);
        String saved = Http.location(confirm);
        assertThat(saved).startsWith("/nhap-van-ban/da-luu/");
        long programmeId = Long.parseLong(saved.substring("/nhap-van-ban/da-luu/".length()));
        assertThat(drafts.find(id)).as("the draft is gone once confirmed").isEmpty();

        ProgrammeDocument stored = programmes.export(programmeId);
        assertThat(stored.document().number()).isEqualTo("NVB5-CTr/TU");
        assertThat(stored.document().orgUnit().code()).isEqualTo("12");
        Indicator schools = stored.indicators().get(0);
        assertThat(schools.name()).isEqualTo("Trường đạt chuẩn quốc gia");
        assertThat(schools.targets()).extracting(Target::year, Target::text)
                .contains(org.assertj.core.groups.Tuple.tuple(2026, "73"), org.assertj.core.groups.Tuple.tuple(2027, "74,7"));
        assertThat(schools.targets().get(0).value()).isEqualByComparingTo("73");
        assertThat(stored.indicators().get(1).targets().get(0).text()).isEqualTo("21 hoặc 22");
        assertThat(stored.indicators().get(1).targets().get(0).value()).isNull();
        assertThat(stored.tasks()).hasSize(draft.tasks().size() - 1).extracting(Task::code).doesNotContain("B.I.1").contains("B.I.2");
        assertThat(stored.warnings()).anyMatch(w -> w.message().contains("21 hoặc 22"));

        HttpResponse<String> page = http.get(saved);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đã lưu văn bản", "NVB5-CTr/TU", "Tỉnh Lai Châu", "/chuong-trinh/" + programmeId,
                "nhiệm vụ", "chỉ tiêu");
    }

    @Test
    void aTakenNumberIsRefusedUntilTheOfficerChoosesToReplace() throws Exception {
        UUID first = uploadSeed();
        http.post("/nhap-van-ban/" + first + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB6-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        assertThat(Http.location(http.post("/nhap-van-ban/" + first + "/xac-nhan", Map.of("version", "1"))))
                .startsWith("/nhap-van-ban/da-luu/");

        UUID second = uploadSeed();
        http.post("/nhap-van-ban/" + second + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB6-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        HttpResponse<String> refused = http.post("/nhap-van-ban/" + second + "/xac-nhan", Map.of("version", "1"));
        assertThat(Http.location(refused)).isEqualTo("/nhap-van-ban/" + second);
        assertThat(http.followed().body()).contains("Chưa lưu.", "Đã có văn bản NVB6-CTr/TU của Tỉnh Lai Châu");
        assertThat(drafts.find(second)).as("a refused confirmation keeps the draft").isPresent();
        assertThat(programmesNumbered("NVB6-CTr/TU")).isEqualTo(1);

        HttpResponse<String> replaced = http.post("/nhap-van-ban/" + second + "/xac-nhan", Map.of("version", "1", "thay-the", "true"));
        assertThat(Http.location(replaced)).startsWith("/nhap-van-ban/da-luu/");
        assertThat(programmesNumbered("NVB6-CTr/TU")).isEqualTo(1);
        assertThat(drafts.find(second)).isEmpty();
    }

    @Test
    void theCreatorIsTheSignedInOfficer() throws Exception {
        UUID id = uploadSeed();
        http.post("/nhap-van-ban/" + id + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB9-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        String saved = Http.location(http.post("/nhap-van-ban/" + id + "/xac-nhan", Map.of("version", "1")));
        long programmeId = Long.parseLong(saved.substring("/nhap-van-ban/da-luu/".length()));
        String uploader = jdbc.sql("SELECT actor FROM audit_event WHERE action = 'IMPORT'"
                + " AND object_type = 'programme' AND object_id = ?").param(Long.toString(programmeId)).query(String.class).single();
        assertThat(uploader).startsWith("t-programme-owner-12-");
        assertThat(jdbc.sql("SELECT created_by FROM programme WHERE id = ?").param(programmeId).query(String.class).single())
                .isEqualTo(uploader);
    }

    @Test
    void replacingShowsTheReportedDataItWouldDropAndNeedsItsOwnConfirmation() throws Exception {
        UUID first = uploadSeed();
        http.post("/nhap-van-ban/" + first + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB10-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        String saved = Http.location(http.post("/nhap-van-ban/" + first + "/xac-nhan", Map.of("version", "1")));
        long programmeId = Long.parseLong(saved.substring("/nhap-van-ban/da-luu/".length()));
        ProgrammeDocument stored = programmes.export(programmeId);
        Indicator dropped = stored.indicators().get(1);
        long droppedId = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId)
                .param(dropped.code()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, created_by, updated_by)
                SELECT ?, id, '2026', 21, 'test', 'test' FROM org_unit WHERE code = '12'""").param(droppedId).update();

        UUID second = uploadSeed();
        http.post("/nhap-van-ban/" + second + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB10-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        http.post("/nhap-van-ban/" + second + "/hang/c1/bo", Map.of("version", "1"));
        String loss = "chỉ tiêu " + dropped.code() + " &quot;" + dropped.name() + "&quot; (1 số liệu)";
        String page = http.get("/nhap-van-ban/" + second).body();
        assertThat(page).contains("Thay thế sẽ bỏ số liệu đã báo cáo của các dòng không còn trong văn bản mới:", loss,
                "Tôi đồng ý bỏ các số liệu đã báo cáo liệt kê trên");
        String key = programmes.planReplacement(drafts.find(second).orElseThrow().document()).orElseThrow().lossesKey();
        assertThat(page).contains("name=\"bo-so-lieu\"", "value=\"" + key + "\"");

        HttpResponse<String> refused = http.post("/nhap-van-ban/" + second + "/xac-nhan", Map.of("version", "2", "thay-the", "true"));
        assertThat(Http.location(refused)).isEqualTo("/nhap-van-ban/" + second);
        assertThat(http.followed().body()).contains("Chưa lưu. Thay thế văn bản NVB10-CTr/TU sẽ xóa số liệu đã báo cáo", loss);
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ?").param(droppedId).query(Integer.class).single())
                .isEqualTo(1);

        HttpResponse<String> replaced = http.post("/nhap-van-ban/" + second + "/xac-nhan",
                Map.of("version", "2", "thay-the", "true", "bo-so-lieu", key));
        assertThat(Http.location(replaced)).isEqualTo("/nhap-van-ban/da-luu/" + programmeId);
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ?").param(droppedId).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'data_value' AND action = 'DELETE'"
                + " AND summary LIKE '%NVB10-CTr/TU%'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownUnitIsRefusedWithAMessage() throws Exception {
        UUID id = uploadSeed();
        http.post("/nhap-van-ban/" + id + "/thong-tin", Map.of("version", "0", "so-hieu", "NVB7-CTr/TU", "ngay", "24/11/2025",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "99999"));
        assertThat(http.get("/nhap-van-ban/" + id).body()).contains("Chưa xác định được đơn vị");
        HttpResponse<String> refused = http.post("/nhap-van-ban/" + id + "/xac-nhan", Map.of("version", "1"));
        assertThat(http.followed().body()).contains("Không xác định được đơn vị ban hành văn bản NVB7-CTr/TU");
        assertThat(programmesNumbered("NVB7-CTr/TU")).isZero();
    }

    @Test
    void aBadDateIsRefusedAndTheHeaderKept() throws Exception {
        UUID id = uploadSeed();
        HttpResponse<String> r = http.post("/nhap-van-ban/" + id + "/thong-tin", Map.of("version", "0", "so-hieu", "X",
                "ngay", "31/02/2025", "co-quan", "", "ma-don-vi", "12"));
        assertThat(http.followed().body()).contains("Ngày ban hành &quot;31/02/2025&quot; không hợp lệ");
        assertThat(drafts.find(id).orElseThrow().document().document().number()).isEqualTo("05-CTr/TU");
    }

    @Test
    void editingATaskReparsesItsCells() throws Exception {
        UUID id = uploadSeed();
        HttpResponse<String> fragment = http.get("/nhap-van-ban/" + id + "/hang/n1");
        assertThat(fragment.body()).startsWith("<tr").contains("name=\"noi-dung\"", "name=\"thoi-gian\"", "form=\"sua-n1\"");
        http.post("/nhap-van-ban/" + id + "/hang/n1", Map.of("version", "0", "noi-dung", "Tuyên truyền Nghị quyết",
                "chu-tri", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "phoi-hop", "Sở Giáo dục và Đào tạo, UBND các xã",
                "thoi-gian", "Quý IV năm 2026"));
        Task t = drafts.find(id).orElseThrow().document().tasks().get(1);
        assertThat(t.title()).isEqualTo("Tuyên truyền Nghị quyết");
        assertThat(t.coordinating()).containsExactly("Sở Giáo dục và Đào tạo", "UBND các xã");
        assertThat(t.timeframe().end()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(t.leadInferred()).isFalse();

        http.post("/nhap-van-ban/" + id + "/hang/n1", Map.of("version", "1", "noi-dung", "Tuyên truyền",
                "chu-tri", "", "phoi-hop", "", "thoi-gian", "sớm nhất có thể"));
        assertThat(http.get("/nhap-van-ban/" + id).body()).contains("Không hiểu thời gian thực hiện", "sớm nhất có thể",
                "Ô cơ quan chủ trì trống");
    }

    @Test
    void aDocxIsReviewedBesideItsConvertedLines() throws Exception {
        HttpResponse<String> up = http.upload("phu-luc.docx", appendixDocxWithAnOverallTargetThatDisagrees());
        assertThat(up.statusCode()).isEqualTo(302);
        UUID id = UUID.fromString(Http.location(up).substring("/nhap-van-ban/".length()));
        ImportDraftRepository.ImportDraft draft = drafts.find(id).orElseThrow();
        int line = draft.document().indicators().get(0).sourceLine();
        assertThat(draft.sourceLines().get(line - 1)).startsWith("1\tTrường đạt chuẩn quốc gia\t");
        String page = http.get("/nhap-van-ban/" + id).body();
        assertThat(page).contains("Trường đạt chuẩn quốc gia", "72,6", "id=\"L" + line + "\"");
        assertThat(page).containsPattern("bảng \\d+, dòng \\d+(, cột \\d+)?: Chỉ tiêu chung");
    }

    @Test
    void withoutJavaScriptSuaOpensTheRowForEditingInThePage() throws Exception {
        UUID id = uploadSeed();
        String page = http.get("/nhap-van-ban/" + id + "?sua=c0").body();
        assertThat(page).contains("name=\"nam-2026\"", "value=\"72,6\"", "id=\"sua-c0\"");
        assertThat(http.get("/nhap-van-ban/" + id + "/hang/c0?sua=false").body()).startsWith("<tr").doesNotContain("name=\"nam-2026\"");
        assertThat(http.get("/nhap-van-ban/" + id + "/hang/c999").statusCode()).isEqualTo(400);
    }

    @Test
    void anOwnerOfAnotherProvinceCannotConfirmLaiChausProgramme() throws Exception {
        Http bacNinhOwner = Http.signedIn(port, context, Role.PROGRAMME_OWNER, "24");
        HttpResponse<String> upload = bacNinhOwner.upload(SEED, seed(SEED));
        UUID id = UUID.fromString(Http.location(upload).replaceAll(".*/nhap-van-ban/", ""));
        int before = programmeCount();
        HttpResponse<String> confirm = bacNinhOwner.post("/nhap-van-ban/" + id + "/xac-nhan",
                Map.of("version", version(id)));
        assertThat(confirm.statusCode()).isEqualTo(403);
        assertThat(confirm.body()).contains("không có quyền");
        assertThat(programmeCount()).isEqualTo(before);
        assertThat(drafts.find(id)).as("the draft stays for someone who may confirm it").isPresent();
    }

    @Test
    void aDraftOfSomeoneElseIsNotShown() throws Exception {
        UUID theirs = drafts.create("cua-nguoi-khac.txt", java.util.List.of("x"),
                new ProgrammeDocument(null, null, null, null), "can-bo-khac");
        HttpResponse<String> r = http.get("/nhap-van-ban/" + theirs);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("do người khác tải lên");
        assertThat(http.post("/nhap-van-ban/" + theirs + "/xac-nhan", Map.of("version", "0")).statusCode()).isEqualTo(403);
        assertThat(drafts.find(theirs)).isPresent();
        drafts.delete(theirs, 0);
    }

    @Test
    void discardingDeletesTheDraftAndSavesNothing() throws Exception {
        int before = programmeCount();
        UUID id = uploadSeed();
        HttpResponse<String> r = http.post("/nhap-van-ban/" + id + "/huy", Map.of("version", "0"));
        assertThat(Http.location(r)).isEqualTo("/nhap-van-ban");
        assertThat(drafts.find(id)).isEmpty();
        assertThat(http.get("/nhap-van-ban/" + id).statusCode()).isEqualTo(404);
        assertThat(programmeCount()).isEqualTo(before);
    }
}
