package vn.tiendo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * Drafts one official report: {@link ReportContent} says what, the profile's .docx template (poi-tl) says how it
 * looks, LibreOffice turns it into PDF, POI writes the appendices as .xlsx.
 */
@Service
public class OfficialReportRenderer implements ReportRenderer {

    private final ReportContent content;
    private final ReportProperties properties;
    private final PdfConverter pdf;

    public OfficialReportRenderer(ReportContent content, ReportProperties properties) {
        this.content = content;
        this.properties = properties;
        this.pdf = new PdfConverter(properties.soffice(), properties.pdfTimeout());
    }

    @Override
    public byte[] render(ReportRequest request) {
        if (request.format() == null) {
            throw new IllegalArgumentException("Chưa chọn định dạng báo cáo (docx, pdf hoặc xlsx).");
        }
        OfficialReport report = content.build(request);
        return switch (request.format()) {
            case XLSX -> XlsxReportWriter.write(report);
            case DOCX -> docx(report);
            case PDF -> pdf.toPdf(docx(report));
        };
    }

    /** The suggested file name: "bao-cao-05-CTr-TU-12-2026.docx". */
    public String fileName(ReportRequest request, String programmeNumber) {
        String safe = (programmeNumber + "-" + request.unitCode() + "-" + request.period()).replaceAll("[^A-Za-z0-9-]", "-");
        return "bao-cao-" + safe + "." + request.format().extension();
    }

    public PdfConverter converter() {
        return pdf;
    }

    byte[] docx(OfficialReport report) {
        String name = report.profile().template();
        return DocxReportWriter.write(report, template(name), name, ReportCharts.draw(report.charts()));
    }

    /** The template from {@code tiendo.report.template-dir} when the office put one there, else the shipped one. */
    byte[] template(String name) {
        try {
            if (properties.templateDir() != null && Files.isRegularFile(properties.templateDir().resolve(name))) {
                return Files.readAllBytes(properties.templateDir().resolve(name));
            }
            try (InputStream in = getClass().getResourceAsStream("/report-templates/" + name)) {
                if (in == null) {
                    throw new ReportTemplateException("Không tìm thấy mẫu báo cáo " + name + ".", null);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được mẫu báo cáo " + name, e);
        }
    }
}
