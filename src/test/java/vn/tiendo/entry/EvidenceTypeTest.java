package vn.tiendo.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence files are recognised by their content, never by their name. */
class EvidenceTypeTest {

    static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length + 16];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void acceptedTypesAreFoundByTheirMagicBytes() throws Exception {
        assertThat(EvidenceType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.of(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))).contains(EvidenceType.OLE_OFFICE);
        assertThat(EvidenceType.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(EvidenceType.PNG);
        assertThat(EvidenceType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.of(bytes('G', 'I', 'F', '8', '9', 'a'))).contains(EvidenceType.GIF);
    }

    @Test
    void executablesPlainZipsAndTextAreRefusedWhateverTheirName() throws Exception {
        assertThat(EvidenceType.of(bytes('M', 'Z', 0x90, 0x00))).isEqualTo(Optional.empty());
        assertThat(EvidenceType.of(bytes(0x7F, 'E', 'L', 'F'))).isEmpty();
        assertThat(EvidenceType.of(zip("setup.exe"))).isEmpty();
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
        assertThat(EvidenceType.of("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.of(new byte[0])).isEmpty();
        assertThat(EvidenceType.of(bytes('P', 'K', 3, 4, 0, 0))).isEmpty();
    }
}
