package vn.tiendo.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence files accepted (PDF, Word, Excel, PNG, JPEG, GIF), recognised by their content (magic bytes),
 * never by their name: a renamed executable is refused. Word and Excel files since 2007 are ZIP packages holding
 * {@code [Content_Types].xml} and a {@code word/} or {@code xl/} part; older ones are OLE compound files (D0 CF 11 E0).
 */
public enum EvidenceType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    OLE_OFFICE("application/x-ole-storage", "Word/Excel (97–2003)"),
    PNG("image/png", "ảnh PNG"),
    JPEG("image/jpeg", "ảnh JPEG"),
    GIF("image/gif", "ảnh GIF");

    private final String mediaType;
    private final String label;

    EvidenceType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The type the content is, or empty when it is none of the accepted ones. */
    public static Optional<EvidenceType> of(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 'G', 'I', 'F', '8', '7', 'a') || starts(content, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(OLE_OFFICE);
        }
        if (starts(content, 'P', 'K', 0x03, 0x04)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /** A ZIP is accepted only as a Word or Excel package. */
    private static Optional<EvidenceType> officePackage(byte[] content) {
        boolean contentTypes = false;
        EvidenceType kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
