package vn.tiendo.report;

/** A report template or converter that cannot be used: the message names the file or program, in Vietnamese. */
public class ReportTemplateException extends RuntimeException {

    public ReportTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
