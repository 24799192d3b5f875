package vn.tiendo.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.reader.ProgrammeReader;

/** Seed 000 stored under a number of the test's own, and hand-made reports for the writers. */
final class ReportFixtures {

    static final String SEED = "000_f08d51100ad4b942.txt";
    static final String DIACRITICS = "Đảng ủy xã Tủa Sín Chải – Trường PTDTBT THCS Nậm Cuổi, Ứng Hòa, Quỳnh Lưu";

    private ReportFixtures() {
    }

    /** Seed 000 (05-CTr/TU, Lai Châu) read by the real reader and saved as {@code number}. */
    static long seed000(ProgrammeService programmes, String number) {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/reader/seeds/" + SEED)) {
            ProgrammeDocument doc = new ProgrammeReader().read(SEED, in.readAllBytes());
            DocumentInfo i = doc.document();
            return programmes.save(new ProgrammeDocument(new DocumentInfo(number, i.date(), i.issuer(), i.orgUnit(), i.kind(),
                    i.implementsDocs(), i.bases(), i.title()), doc.indicators(), doc.tasks(), doc.warnings()), SEED, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report written by hand: one indicator and {@code tasks} tasks, names with every diacritic. */
    static OfficialReport handMade(ReportProfile profile, int tasks) {
        OfficialReport.Header h = new OfficialReport.Header("ĐẢNG BỘ TỈNH LAI CHÂU", "TỈNH ỦY LAI CHÂU", "Số      -BC/TU",
                "Lai Châu, ngày    tháng    năm 2026", List.of("- " + DIACRITICS + ",", "- Lưu Văn phòng."), "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ", OfficialReport.placeholder("họ và tên người ký"));
        OfficialReport.Body b = new OfficialReport.Body("Mở đầu.", "Lãnh đạo của " + DIACRITICS + ".", "Tóm tắt chỉ tiêu.",
                "Tóm tắt nhiệm vụ.", "Kết quả.", "", "Đánh giá.", "Phương hướng.", "Kiến nghị.");
        List<OfficialReport.TaskLine> lines = new ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            lines.add(new OfficialReport.TaskLine(i, "NV" + i, "Nhiệm vụ số " + i + " của " + DIACRITICS, DIACRITICS, "Trước 31/12/2026",
                    "Đang thực hiện trong hạn", "Đạt 50%"));
        }
        OfficialReport.IndicatorLine ind = new OfficialReport.IndicatorLine(1, "1", DIACRITICS, "%", "71,9 (2025)",
                new BigDecimal("71.9"), "≥72,6", new BigDecimal("72.6"), "1.234,5", new BigDecimal("1234.5"), new BigDecimal("1700.4"),
                "Vượt", "Đơn vị báo cáo", Status.MET);
        return new OfficialReport(profile, h, "Kết quả thực hiện chương trình số 99-CTr/TU năm 2026", "Năm 2026", b,
                List.of(ind), lines, new OfficialReport.Charts(List.of(), Map.of()), true);
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph's text, body and table cells, one per line. */
    static String text(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.getBodyElements().forEach(e -> {
            if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
                sb.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                sb.append(t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText())
                        .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"))).append('\n');
            }
        });
        return sb.toString();
    }
}
