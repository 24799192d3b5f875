package vn.tiendo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.programmes.ProgrammeService;

/** Official reports of seed 000 (05-CTr/TU, Lai Châu) as Word: header per profile, sections, appendices. */
@TiendoTest
class OfficialReportTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    OfficialReportRenderer renderer;
    @Autowired
    ReportContent content;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2026, 11, 30));
    }

    @Test
    void partyReportOfTheProvinceCarriesHeaderSectionsAndAppendices() {
        long id = ReportFixtures.seed000(programmes, "RPT1-CTr/TU");
        demo.generate(id, 2026);
        XWPFDocument doc = ReportFixtures.open(renderer.render(new ReportRequest(id, "12", "2026", ReportFormat.DOCX, null)));
        String text = ReportFixtures.text(doc);
        assertThat(text).contains("ĐẢNG BỘ TỈNH LAI CHÂU", "TỈNH ỦY LAI CHÂU", "Số      -BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Lai Châu, ngày    tháng    năm 2026", "BÁO CÁO", "số RPT1-CTr/TU năm 2026", "T/M BAN THƯỜNG VỤ", "Nơi nhận:",
                "I- CÔNG TÁC LÃNH ĐẠO", "II- KẾT QUẢ THỰC HIỆN", "V- ĐỀ XUẤT, KIẾN NGHỊ", "Trong tổng số ", "PHỤ LỤC I",
                "PHỤ LỤC II", "[Văn phòng bổ sung: ");
        int indicators = programmes.findSummary(id).orElseThrow().indicatorCount();
        List<XWPFTable> tables = doc.getTables();
        XWPFTable appendixOne = tables.get(tables.size() - 2);
        assertThat(appendixOne.getRows()).hasSize(indicators + 1);
        assertThat(appendixOne.getRow(0).isRepeatHeader()).isTrue();
        assertThat(ReportFixtures.text(doc)).contains("Trường đạt chuẩn quốc gia");
        assertThat(appendixOne.getRows().stream().filter(r -> r.getCell(1).getText().startsWith("Trường đạt chuẩn quốc gia"))
                .findFirst().orElseThrow().getCell(4).getText()).contains("72,6");
        assertThat(doc.getAllPictures()).isNotEmpty();
    }

    @Test
    void libreOfficeOpensTheSeedReportAsWordAndExcel() {
        long id = ReportFixtures.seed000(programmes, "RPT5-CTr/TU");
        demo.generate(id, 2026);
        int indicators = programmes.findSummary(id).orElseThrow().indicatorCount();
        ReportRequest docx = new ReportRequest(id, "12", "2026", ReportFormat.DOCX, null);
        String text = new String(renderer.converter().convert(renderer.render(docx), "docx", "txt:Text (encoded):UTF8"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("BÁO CÁO", "Kết quả thực hiện chương trình hành động số RPT5-CTr/TU năm 2026",
                "Trong tổng số " + indicators + " chỉ tiêu", "Trường đạt chuẩn quốc gia", "72,6",
                "Ban Thường vụ Tỉnh ủy Lai Châu báo cáo");
        String csv = new String(renderer.converter().convert(renderer.render(new ReportRequest(id, "12", "2026", ReportFormat.XLSX,
                null)), "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("PHỤ LỤC I", "Trường đạt chuẩn quốc gia");
        assertThat(csv).containsPattern("72[.,]6");
        assertThat(csv.lines().filter(l -> l.matches("^\\d+,.*")).count()).isEqualTo(indicators);
    }

    @Test
    void theIssuerChoosesTheProfile() {
        ReportProfiles p = new ReportProfiles();
        assertThat(p.choose(null, "Ủy ban nhân dân tỉnh Lai Châu")).isEqualTo(ReportProfiles.STATE_2020);
        assertThat(p.choose(null, "UBND xã Bình Lư")).isEqualTo(ReportProfiles.STATE_2020);
        assertThat(p.choose(null, "Ban Thường vụ Tỉnh ủy")).isEqualTo(ReportProfiles.PARTY_2026);
        assertThat(p.choose("state", "Ban Thường vụ Tỉnh ủy")).isEqualTo(ReportProfiles.STATE_2020);
        assertThat(p.choose("party-2018", null)).isEqualTo(ReportProfiles.PARTY_2018);
    }

    @Test
    void stateProfileUsesDecree30Header() {
        long id = ReportFixtures.seed000(programmes, "RPT2-CTr/TU");
        String text = ReportFixtures.text(ReportFixtures.open(
                renderer.render(new ReportRequest(id, "12", "2026", ReportFormat.DOCX, "state"))));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:      /BC-UBND",
                "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "TM. ỦY BAN NHÂN DÂN", "I. CÔNG TÁC LÃNH ĐẠO");
        assertThat(text).doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    @Test
    void aPeriodWithoutDataSaysSoPlainly() {
        long id = ReportFixtures.seed000(programmes, "RPT3-CTr/TU");
        OfficialReport r = content.build(new ReportRequest(id, "12", "2027", ReportFormat.DOCX, "party-2018"));
        assertThat(r.hasData()).isFalse();
        assertThat(r.body().indicatorSummary()).isEqualTo("Kỳ báo cáo năm 2027 chưa có số liệu: chưa có chỉ tiêu nào được báo cáo kết quả.");
        assertThat(r.indicators()).allSatisfy(l -> assertThat(l.result()).isEqualTo("Chưa có số liệu"));
        assertThat(r.body().leadership()).startsWith(OfficialReport.PLACEHOLDER);
        assertThat(r.profile()).isEqualTo(ReportProfiles.PARTY_2018);
    }

    @Test
    void aUnitOutsideTheProgrammeIsRefused() {
        long id = ReportFixtures.seed000(programmes, "RPT4-CTr/TU");
        assertThatThrownBy(() -> renderer.render(new ReportRequest(id, "01", "2026", ReportFormat.DOCX, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không thuộc")
                .hasMessageContaining("RPT4-CTr/TU");
        assertThatThrownBy(() -> renderer.render(new ReportRequest(id, "12", "2026", ReportFormat.DOCX, "tinh")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mẫu báo cáo không hợp lệ");
    }

    @Test
    void anInvalidTemplateIsNamed() {
        OfficialReport r = ReportFixtures.handMade(ReportProfiles.PARTY_2026, 1);
        assertThatThrownBy(() -> DocxReportWriter.write(r, "không phải Word".getBytes(), "party-2026.docx", null))
                .isInstanceOf(ReportTemplateException.class).hasMessageContaining("Mẫu báo cáo party-2026.docx");
    }

    @Test
    void hundredsOfTasksKeepTheHeaderRowOnEveryPage() {
        OfficialReport r = ReportFixtures.handMade(ReportProfiles.STATE_2020, 300);
        XWPFDocument doc = ReportFixtures.open(DocxReportWriter.write(r, renderer.template("state-2020.docx"), "state-2020.docx", null));
        XWPFTable tasks = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(tasks.getRows()).hasSize(301);
        assertThat(tasks.getRow(0).isRepeatHeader()).isTrue();
        assertThat(tasks.getRow(300).getCell(2).getText()).isEqualTo(ReportFixtures.DIACRITICS);
    }
}
