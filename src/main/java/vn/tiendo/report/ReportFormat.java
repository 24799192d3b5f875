package vn.tiendo.report;

import java.util.Locale;

/** The files an official report is written as (issue 11). */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Reads "docx", "PDF", … ; anything else is refused in Vietnamese. */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("Định dạng báo cáo không hợp lệ: \"" + text + "\" (chỉ nhận docx, pdf hoặc xlsx)");
    }
}
