package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programmes.ProgrammeAmendments;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeVersionStore;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.security.Role;
import vn.tiendo.storage.ImportDraftRepository;

/**
 * "Văn bản sửa đổi, bổ sung" on the review page: the stored seed programme is amended by an uploaded document that
 * changes one indicator's 2026 and 2027 targets, effective 2027 — version 2, the 2026 target kept, the value kept;
 * refusals in Vietnamese; dropping reported data needs the same confirmation as a replacement.
 */
@TiendoTest
class ImportAmendmentTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeAmendments amendments;
    @Autowired
    ProgrammeIndicators indicators;
    @Autowired
    ImportDraftRepository drafts;
    @Autowired
    TestValues values;
    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = Http.signedIn(port, context, Role.PROGRAMME_OWNER, "12");
    }

    @Test
    void confirmingAsAnAmendmentCreatesVersionTwoAndKeepsTheOldTargetBeforeItsYear() throws Exception {
        String number = "SD" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        ProgrammeDocument original = seed(number);
        long id = CurrentActor.runAs("test", () -> programmes.save(original, "seed", false));
        Indicator x = changing(original);
        long xId = indicatorId(id, x.code());
        values.put(xId, laiChau(), "2026", "12.5");
        UUID draft = uploadAmendment(number + "-SĐ", original, x, null);
        String review = http.get("/nhap-van-ban/" + draft).body();
        assertThat(review).contains("Văn bản sửa đổi, bổ sung", "name=\"sua-doi-chuong-trinh\"", "value=\"" + id + "\"",
                "name=\"hieu-luc-tu\"");

        assertRefused(draft, "999999999", "2027", "Không tìm thấy chương trình mã 999999999 trong các chương trình bạn quản lý");
        assertRefused(draft, "abc", "2027", "Không tìm thấy chương trình mã abc");
        assertRefused(draft, "", "2027", "Chưa chọn chương trình được sửa đổi, bổ sung.");
        assertRefused(draft, Long.toString(id), "2046", "Năm có hiệu lực 2046 nằm ngoài khoảng 2025–2045.");
        assertRefused(draft, Long.toString(id), "2024", "Năm có hiệu lực 2024 nằm ngoài khoảng 2025–2045.");
        assertRefused(draft, Long.toString(id), "", "Chưa nhập năm có hiệu lực");
        assertThat(amendments.versions(id)).isEmpty();

        HttpResponse<String> done = http.post("/nhap-van-ban/" + draft + "/xac-nhan", Map.of("version", version(draft),
                "sua-doi", "true", "sua-doi-chuong-trinh", Long.toString(id), "hieu-luc-tu", "2027"));
        assertThat(Http.location(done)).isEqualTo("/nhap-van-ban/da-luu/" + id);
        assertThat(http.followed().body()).contains("Theo văn bản sửa đổi, bổ sung <b>" + number + "-SĐ</b>", "<b>2</b>", "<b>2027</b>");
        assertThat(amendments.versions(id)).extracting(ProgrammeVersionStore.Version::amendingNumber).containsExactly(number + "-SĐ");
        assertThat(drafts.find(draft)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM programme WHERE number LIKE ?").param(number + "%").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(indicatorId(id, x.code())).isEqualTo(xId);
        IndicatorRow row = indicators.of(id).stream().filter(r -> r.id() == xId).findFirst().orElseThrow();
        assertThat(row.plan().targets().get(2026).text()).as("before the effective year").isEqualTo(target(x, 2026).text());
        assertThat(row.plan().targets().get(2027).text()).as("from the effective year").isEqualTo("99,9");
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ? AND period = '2026'").param(xId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("12.5");
    }

    @Test
    void anAmendmentDroppingReportedDataNeedsTheSameConfirmationAsAReplacement() throws Exception {
        String number = "SE" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        ProgrammeDocument original = seed(number);
        long id = CurrentActor.runAs("test", () -> programmes.save(original, "seed", false));
        Indicator x = changing(original);
        Indicator dropped = original.indicators().stream().filter(i -> i != x).findFirst().orElseThrow();
        long droppedId = indicatorId(id, dropped.code());
        values.put(droppedId, laiChau(), "2026", "21");
        UUID draft = uploadAmendment(number + "-SĐ", original, x, dropped);

        HttpResponse<String> refused = http.post("/nhap-van-ban/" + draft + "/xac-nhan", Map.of("version", version(draft),
                "sua-doi", "true", "sua-doi-chuong-trinh", Long.toString(id), "hieu-luc-tu", "2027"));
        assertThat(Http.location(refused)).startsWith("/nhap-van-ban/" + draft + "?sua-doi=" + id + "&hieu-luc=2027");
        String page = http.followed().body();
        assertThat(page).contains("Chưa lưu.", "sẽ xóa số liệu đã báo cáo", "Thay thế sẽ bỏ số liệu đã báo cáo",
                "Tôi đồng ý bỏ các số liệu đã báo cáo liệt kê trên");
        String key = page.replaceAll("(?s).*name=\"bo-so-lieu\"\\s+value=\"([^\"]+)\".*", "$1");
        assertThat(amendments.versions(id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ?").param(droppedId).query(Integer.class).single())
                .isEqualTo(1);

        HttpResponse<String> done = http.post("/nhap-van-ban/" + draft + "/xac-nhan", Map.of("version", version(draft),
                "sua-doi", "true", "sua-doi-chuong-trinh", Long.toString(id), "hieu-luc-tu", "2027", "bo-so-lieu", key));
        assertThat(Http.location(done)).isEqualTo("/nhap-van-ban/da-luu/" + id);
        assertThat(amendments.versions(id)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ?").param(droppedId).query(Integer.class).single())
                .isZero();
    }

    private void assertRefused(UUID draft, String programme, String year, String message) throws Exception {
        HttpResponse<String> r = http.post("/nhap-van-ban/" + draft + "/xac-nhan", Map.of("version", version(draft),
                "sua-doi", "true", "sua-doi-chuong-trinh", programme, "hieu-luc-tu", year));
        assertThat(Http.location(r)).startsWith("/nhap-van-ban/" + draft);
        assertThat(http.followed().body()).contains("Chưa lưu. " + message);
        assertThat(drafts.find(draft)).isPresent();
    }

    /** Uploads the seed, names it {@code amendingNumber}, changes {@code x}'s 2026/2027 targets and drops {@code drop}. */
    private UUID uploadAmendment(String amendingNumber, ProgrammeDocument original, Indicator x, Indicator drop) throws Exception {
        HttpResponse<String> up = http.upload(ImportReviewFlowTest.SEED, ImportReviewFlowTest.seed(ImportReviewFlowTest.SEED));
        UUID draft = UUID.fromString(Http.location(up).substring("/nhap-van-ban/".length()));
        http.post("/nhap-van-ban/" + draft + "/thong-tin", Map.of("version", "0", "so-hieu", amendingNumber, "ngay", "01/12/2026",
                "co-quan", "Ban Thường vụ Tỉnh ủy", "ma-don-vi", "12"));
        ProgrammeDocument doc = drafts.find(draft).orElseThrow().document();
        List<Indicator> list = new ArrayList<>();
        for (Indicator i : doc.indicators()) {
            if (drop != null && i.code().equals(drop.code())) {
                continue;
            }
            list.add(i.code().equals(x.code()) ? changed(i) : i);
        }
        drafts.update(draft, 1, new ProgrammeDocument(doc.document(), list, doc.tasks(), doc.warnings()), amendingNumber, "12");
        return draft;
    }

    private static Indicator changed(Indicator i) {
        List<Target> targets = i.targets().stream().map(t -> t.year() == 2026 || t.year() == 2027
                ? new Target(t.year(), t.year() == 2027 ? "99,9" : "88,8", t.comparator(),
                        new BigDecimal(t.year() == 2027 ? "99.9" : "88.8"), null, null) : t).toList();
        return new Indicator(i.code(), i.section(), i.name(), i.unit(), i.valueType(), i.direction(), i.baseline(), targets,
                i.overallTarget(), i.measure(), i.trackedBy(), i.trackedByInferred(), i.footnotes(), i.children(), i.fromProse(),
                i.sourceText(), i.sourceLine());
    }

    private static Indicator changing(ProgrammeDocument doc) {
        return doc.indicators().stream().filter(i -> target(i, 2026) != null && target(i, 2027) != null
                && target(i, 2027).value() != null && target(i, 2026).value() != null).findFirst().orElseThrow();
    }

    private long indicatorId(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").params(programmeId, code).query(Long.class).single();
    }

    private long laiChau() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
    }

    private String version(UUID draft) {
        return Integer.toString(drafts.find(draft).orElseThrow().version());
    }

    private static ProgrammeDocument seed(String number) throws Exception {
        try (InputStream in = ImportAmendmentTest.class.getResourceAsStream("/reader/seeds/" + ImportReviewFlowTest.SEED)) {
            ProgrammeDocument doc = new ProgrammeReader().read("000.txt", in.readAllBytes());
            DocumentInfo d = doc.document();
            return new ProgrammeDocument(new DocumentInfo(number, d.date(), d.issuer(), d.orgUnit(), d.kind(), d.implementsDocs(),
                    d.bases(), d.title()), doc.indicators(), doc.tasks(), doc.warnings());
        }
    }

    private static Target target(Indicator i, int year) {
        return i.targets().stream().filter(t -> t.year() == year).findFirst().orElse(null);
    }
}
