package vn.tiendo.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tiendo.entry.EvidenceProperties;
import vn.tiendo.programmes.ImportProperties;

/**
 * The servlet's multipart limits, set here and only here (Spring Boot's {@code spring.servlet.multipart.max-*} are
 * not used): a little above the largest document ({@link ImportProperties}) or evidence file ({@link
 * EvidenceProperties}), and a request large enough for a task report's evidence files, so that an oversize file still
 * reaches the page or service that refuses it with a Vietnamese message instead of a dropped connection.
 */
@Configuration
public class MultipartLimits {

    private static final long HEADROOM = 1024L * 1024;

    /** One file may be as large as a document or an evidence file; one request may carry a save's evidence files. */
    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties documents, EvidenceProperties evidence) {
        long evidenceFile = evidence.maxSize().toBytes();
        long file = Math.max(documents.maxBytes(), evidenceFile) + HEADROOM;
        long request = Math.max(documents.maxBytes(), evidenceFile * Math.max(1, evidence.maxFiles())) + 2 * HEADROOM;
        return new MultipartConfigElement("", file, request, 0);
    }
}
