package vn.tiendo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The writers without the database: a hand-made report with every Vietnamese diacritic goes through DOCX, PDF (LibreOffice)
 * and XLSX, and LibreOffice opens the .docx and .xlsx (headless conversion to text and CSV).
 */
class ReportFilesTest {

    private final PdfConverter soffice = new PdfConverter("soffice", Duration.ofSeconds(180));
    private final OfficialReport report = ReportFixtures.handMade(ReportProfiles.PARTY_2026, 3);

    private byte[] docx() throws IOException {
        try (var in = getClass().getResourceAsStream("/report-templates/party-2026.docx")) {
            return DocxReportWriter.write(report, in.readAllBytes(), "party-2026.docx",
                    new ReportCharts.Images(ReportCharts.keyIndicators(java.util.List.of(new OfficialReport.Charts.Bar("1",
                            new java.math.BigDecimal("70"), new java.math.BigDecimal("72.6")))), null));
        }
    }

    @Test
    void pdfKeepsEveryDiacriticAndPageOneRenders() throws IOException {
        byte[] pdf = soffice.toPdf(docx());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY LAI CHÂU", ReportFixtures.DIACRITICS, "1.234,5",
                    "PHỤ LỤC II");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path shot = Path.of("target/screenshots/report-pdf-page-1-handmade.png");
            Files.createDirectories(shot.getParent());
            ImageIO.write(page, "png", shot.toFile());
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void xlsxStoresNumbersAsNumbersWithFrozenHeaderAndA4Landscape() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReportWriter.write(report)))) {
            XSSFSheet one = wb.getSheet("Phụ lục I");
            assertThat(one.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(one.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(one.getRow(2).getCell(5).getCellStyle().getDataFormatString()).isEqualTo(XlsxReportWriter.NUMBER_FORMAT);
            assertThat(one.getRow(2).getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.DIACRITICS);
            assertThat(one.getPaneInformation().isFreezePane()).isTrue();
            assertThat(one.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(one.getPrintSetup().getLandscape()).isTrue();
            assertThat(one.getPrintSetup().getPaperSize()).isEqualTo((short) org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(one.getRepeatingRows()).isNotNull();
            assertThat(one.getColumnWidth(1)).isGreaterThan(one.getColumnWidth(0));
            XSSFSheet two = wb.getSheet("Phụ lục II");
            assertThat(two.getLastRowNum()).isEqualTo(4);
            assertThat(two.getRow(4).getCell(2).getStringCellValue()).isEqualTo(ReportFixtures.DIACRITICS);
        }
    }

    @Test
    void libreOfficeOpensTheDocxAndTheXlsx() throws IOException {
        String text = new String(soffice.convert(docx(), "docx", "txt:Text (encoded):UTF8"), StandardCharsets.UTF_8);
        assertThat(text).contains("BÁO CÁO", "Kết quả thực hiện chương trình số 99-CTr/TU năm 2026", ReportFixtures.DIACRITICS,
                "1.234,5");
        String csv = new String(soffice.convert(XlsxReportWriter.write(report), "xlsx",
                "csv:Text - txt - csv (StarCalc):44,34,76"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Phụ lục I".toUpperCase().substring(0, 6), ReportFixtures.DIACRITICS, "Vượt");
        assertThat(csv).containsPattern("1[.,]?234[.,]5");
    }
}
