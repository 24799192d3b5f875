package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.ProgrammeDocument;

/** PDF in: the text layer is read (PDFs built here with PDFBox); scans, encrypted and damaged PDFs are refused. */
class PdfReadingTest {

    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    /** A gazette-like PDF: header, title, a running page header and a task table flattened line by line. */
    static byte[] textPdf(String... lines) throws IOException {
        Path font = FONTS.stream().filter(Files::exists).findFirst().orElse(null);
        Assumptions.assumeTrue(font != null, "no TrueType font with Vietnamese glyphs on this machine");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 10);
                cs.newLineAtOffset(40, 750);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheTextLayerOfAGazettePdf() throws IOException {
        byte[] pdf = textPdf("CÔNG BÁO/Số 242/Ngày 22-04-2026", "49", "CHÍNH PHỦ", "Số:  100/NQ-CP",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 06 tháng 4 năm 2026",
                "NGHỊ QUYẾT", "Ban hành Chương trình hành động của Chính phủ",
                "thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư", "CHÍNH PHỦ",
                "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:",
                "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.", "PHỤ LỤC", "TT", "Tên nhiệm vụ",
                "Cơ quan", "chủ trì", "Thời", "hạn", "1.", "Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên,",
                "sâu rộng về nội dung Chỉ thị số 49-CT/TW.", "Bộ Ngoại", "giao", "Năm 2026");
        ProgrammeDocument doc = new ProgrammeReader().read("nq100.pdf", pdf);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên, sâu rộng về nội dung"
                    + " Chỉ thị số 49-CT/TW.");
            assertThat(t.lead()).containsExactly("Bộ Ngoại giao");
            assertThat(t.timeframe().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
        assertThat(doc.document().number()).isEqualTo("100/NQ-CP");
        assertThat(doc.document().date()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(doc.document().issuer()).isEqualTo("Chính phủ");
        assertThat(doc.document().implementsDocs()).containsExactly("49-CT/TW");
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedSayingSo() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 50, 500);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> new ProgrammeReader().read("ban-quet.pdf", pdf)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("ban-quet.pdf: tệp PDF không có lớp chữ (bản quét chỉ có ảnh, 1 trang)");
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] plain = textPdf("Số: 1/KH-UBND");
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> new ProgrammeReader().read("khoa.pdf", pdf)).isInstanceOf(ReadException.class)
                .hasMessage("khoa.pdf: tệp PDF được mã hóa bằng mật khẩu: không đọc được; hãy dùng bản không khóa");
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nhỏng".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ProgrammeReader().read("hong.pdf", pdf)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("hong.pdf: tệp PDF bị hỏng, không mở được");
    }

    @Property(tries = 200)
    void anyBytesAfterAPdfSignatureGiveOnlyTheReadersOwnError(@ForAll byte[] tail) {
        byte[] pdf = new byte[tail.length + 5];
        System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 5);
        System.arraycopy(tail, 0, pdf, 5, tail.length);
        try {
            new ProgrammeReader().read("x.pdf", pdf);
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).startsWith("x.pdf");
        }
    }
}
