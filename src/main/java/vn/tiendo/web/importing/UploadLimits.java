package vn.tiendo.web.importing;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tiendo.programmes.ImportProperties;

/**
 * Giới hạn tệp tải lên: which documents the import page accepts and how it names the limit. The servlet's multipart
 * limit itself is {@link vn.tiendo.web.MultipartLimits}.
 */
@Component
class UploadLimits {

    private static final long MB = 1024L * 1024;

    private final long maxBytes;

    UploadLimits(ImportProperties properties) {
        this.maxBytes = properties.maxBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** "20 MB" for messages. */
    String maxText() {
        return maxBytes % MB == 0 ? (maxBytes / MB) + " MB" : maxBytes + " byte";
    }

    /** Null when the name is acceptable, else the Vietnamese reason. */
    String refuseName(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".docx") || n.endsWith(".pdf")) {
            return null;
        }
        return (fileName == null || fileName.isBlank() ? "Tệp không tên" : fileName)
                + ": chỉ nhận văn bản .docx, .pdf (có lớp chữ), .txt hoặc .md (tệp .doc hay ảnh hãy lưu lại dạng .docx).";
    }
}
