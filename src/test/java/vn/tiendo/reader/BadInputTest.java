package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.ProgrammeDocument;

class BadInputTest {

    private final ProgrammeReader reader = new ProgrammeReader();

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> reader.read("rong.txt", new byte[0]))
                .isInstanceOf(ReadException.class).hasMessage("rong.txt: tệp rỗng");
        assertThatThrownBy(() -> reader.read("null.txt", null)).isInstanceOf(ReadException.class);
        assertThatThrownBy(() -> reader.read("trang.txt", "\n  \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("trang.txt");
    }

    @Test
    void imageAndBinaryBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        ReadException e = catchThrowableOfType(() -> reader.read("anh.png", png), ReadException.class);
        assertThat(e.getMessage()).isEqualTo("anh.png: không phải văn bản mà là ảnh PNG");
        assertThat(e.fileName()).isEqualTo("anh.png");
        assertThat(e.line()).isNull();
        byte[] latin1 = "Ch\u01b0\u01a1ng tr\u00ecnh".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("x.txt", latin1)).isInstanceOf(ReadException.class).hasMessageContaining("UTF-8");
        byte[] nul = "Số 05-CTr/TU\n\u0000abc".getBytes(StandardCharsets.UTF_8);
        ReadException n = catchThrowableOfType(() -> reader.read("nul.txt", nul), ReadException.class);
        assertThat(n.line()).isEqualTo(2);
        assertThat(n.getMessage()).startsWith("nul.txt, dòng 2: ");
    }

    @Test
    void textWithoutProgramme() {
        byte[] text = "Hôm nay trời đẹp.\nChúng tôi đi chơi công viên.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("thu.txt", text)).isInstanceOf(ReadException.class)
                .hasMessageContaining("thu.txt").hasMessageContaining("không nhận ra văn bản chương trình");
    }

    @Test
    void aDecisionWithNoProgrammeIsRefusedAtItsFirstArticle() {
        byte[] text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 1234/QĐ-UBND",
                "Bắc Ninh, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác chuyển đổi số",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "QUYẾT ĐỊNH:", "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.").getBytes(StandardCharsets.UTF_8);
        ReadException e = catchThrowableOfType(() -> reader.read("qd1234.txt", text), ReadException.class);
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).isEqualTo("qd1234.txt, dòng 8: không nhận ra văn bản chương trình: đây là quyết định"
                + " gồm các điều (Điều 1, Điều 2 …), không kèm chương trình hay kế hoạch: không có bảng chỉ tiêu,"
                + " bảng nhiệm vụ hay mục tiêu nào để đọc");
    }

    @Test
    void aTableWithoutItsHeaderRowIsRefusedAtItsFirstRow() {
        byte[] text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 12/KH-UBND",
                "Bắc Ninh, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Thực hiện chuyển đổi số", "PHỤ LỤC",
                "1.\tXây dựng cơ sở dữ liệu\tSở Khoa học và Công nghệ\tCác sở, ngành\tQuý II/2026",
                "2.\tĐào tạo cán bộ\tSở Nội vụ\tCác sở\tNăm 2026").getBytes(StandardCharsets.UTF_8);
        ReadException e = catchThrowableOfType(() -> reader.read("kh12.txt", text), ReadException.class);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("kh12.txt, dòng 7: không nhận ra văn bản chương trình: bảng không có hàng"
                + " tiêu đề (TT, Tên nhiệm vụ/Chỉ tiêu, Cơ quan chủ trì, Thời gian …) nên không biết cột nào là gì;"
                + " hãy thêm hàng tiêu đề vào đầu bảng");
    }

    @Test
    void aTableWithoutHeaderBesideReadTablesIsAWarningAtItsLine() {
        byte[] text = String.join("\n", "Số: 12/KH-UBND", "Bắc Ninh, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
                "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian", "1.\tXây dựng cơ sở dữ liệu\tSở Nội vụ\tNăm 2026",
                "Phụ lục 2", "1.\tĐào tạo cán bộ\tSở Nội vụ\tNăm 2026", "2.\tTập huấn\tSở Tư pháp\tNăm 2027")
                .getBytes(StandardCharsets.UTF_8);
        ProgrammeDocument doc = reader.read("kh12.txt", text);
        assertThat(doc.tasks()).hasSize(1);
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).startsWith("bảng không có hàng tiêu đề");
        });
    }

    @Test
    void oversize() {
        ProgrammeReader small = new ProgrammeReader(1000);
        assertThatThrownBy(() -> small.read(Seeds.S000, Seeds.bytes(Seeds.S000))).isInstanceOf(ReadException.class)
                .hasMessageContaining("tệp quá lớn");
    }

    @Test
    void docxThatIsNotAZipOrNotWord() throws Exception {
        assertThatThrownBy(() -> reader.read("gia.docx", "không phải zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("gia.docx").hasMessageContaining(".docx");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reader.read("zip.docx", bos.toByteArray())).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("zip.docx: ");
        byte[] truncated = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> reader.read("cut.docx", truncated)).isInstanceOf(ReadException.class);
    }

    @Test
    void zipBombIsRefused() throws Exception {
        // a .docx-shaped zip whose document.xml inflates from a few KB to 50 MB of spaces
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bos.size()).isLessThan(200_000);
        ReadException e = catchThrowableOfType(() -> reader.read("bom.docx", bos.toByteArray()), ReadException.class);
        assertThat(e).isNotNull();
        assertThat(e.fileName()).isEqualTo("bom.docx");
        assertThat(e.getMessage()).contains("zip bomb");
    }

    @Test
    void seedsStillReadAfterBadInput() {
        ProgrammeDocument doc = reader.read(Seeds.S003, Seeds.bytes(Seeds.S003));
        assertThat(doc.tasks()).hasSize(39);
    }

    @Property(tries = 300)
    void arbitraryBytesOnlyEverThrowReadException(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            ProgrammeDocument doc = reader.read("rac.bin", bytes);
            assertThat(doc).isNotNull();
        } catch (ReadException e) {
            assertThat(e.getMessage()).startsWith("rac.bin");
        }
    }

    @Property(tries = 300)
    void arbitraryStringsOnlyEverThrowReadException(@ForAll String text) {
        try {
            reader.read("rac.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ReadException e) {
            assertThat(e.fileName()).isEqualTo("rac.txt");
        }
    }

    @Property(tries = 200)
    void mangledSeedsOnlyEverThrowReadException(@ForAll("cuts") int[] cut) {
        String s = new String(Seeds.bytes(Seeds.S000), StandardCharsets.UTF_8);
        int a = Math.min(cut[0], s.length());
        int b = Math.min(a + cut[1], s.length());
        String mangled = s.substring(0, a) + "\t<b>≥ \t|(8/\t" + s.substring(b);
        try {
            reader.read("hong.txt", mangled.getBytes(StandardCharsets.UTF_8));
        } catch (ReadException e) {
            assertThat(e.fileName()).isEqualTo("hong.txt");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<int[]> cuts() {
        return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.integers().between(0, 42000),
                net.jqwik.api.Arbitraries.integers().between(0, 3000)).as((x, y) -> new int[] {x, y});
    }
}
