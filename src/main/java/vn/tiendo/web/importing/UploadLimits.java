package vn.tiendo.web.importing;

import jakarta.servlet.MultipartConfigElement;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tiendo.entry.EvidenceProperties;
import vn.tiendo.programmes.ImportProperties;

/**
 * Giới hạn tệp tải lên: which files the import page accepts. The servlet's multipart limit is set here, and
 * only here, a little above {@code tiendo.import.max-bytes} ({@link ImportProperties}) and the evidence files a
 * task report may carry ({@link EvidenceProperties}), so that an oversize document or file still reaches the page and gets a clear message instead of a dropped connection. This bean
 * replaces Spring Boot's {@code spring.servlet.multipart.max-*} settings, which are therefore not used.
 */
@Configuration
class UploadLimits {

    private static final long HEADROOM = 1024L * 1024;

    private final long maxBytes;
    private final EvidenceProperties evidence;

    UploadLimits(ImportProperties properties, EvidenceProperties evidence) {
        this.maxBytes = properties.maxBytes();
        this.evidence = evidence;
    }

    /** One file may be as large as a document or an evidence file; one request may carry a save's evidence files. */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        long evidenceFile = evidence.maxSize().toBytes();
        long file = Math.max(maxBytes, evidenceFile) + HEADROOM;
        long request = Math.max(maxBytes, evidenceFile * Math.max(1, evidence.maxFiles())) + 2 * HEADROOM;
        return new MultipartConfigElement("", file, request, 0);
    }

    long maxBytes() {
        return maxBytes;
    }

    /** "20 MB" for messages. */
    String maxText() {
        return maxBytes % HEADROOM == 0 ? (maxBytes / HEADROOM) + " MB" : maxBytes + " byte";
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
