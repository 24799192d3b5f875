package vn.tiendo.report;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Official reports, {@code tiendo.report.*}.
 *
 * @param templateDir  a folder whose .docx files replace the shipped templates of the same name (default none)
 * @param soffice      the LibreOffice program that converts to PDF (default "soffice")
 * @param pdfTimeout   how long one conversion may take (default 120 s)
 */
@ConfigurationProperties(prefix = "tiendo.report")
public record ReportProperties(Path templateDir, String soffice, Duration pdfTimeout) {

    public ReportProperties {
        soffice = soffice == null || soffice.isBlank() ? "soffice" : soffice;
        pdfTimeout = pdfTimeout == null ? Duration.ofSeconds(120) : pdfTimeout;
    }
}
