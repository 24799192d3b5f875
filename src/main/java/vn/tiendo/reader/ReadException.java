package vn.tiendo.reader;

/**
 * The only exception the programme reader throws. The message is in Vietnamese and names the file
 * and, where known, the line (or table/row/column of a .docx).
 */
public class ReadException extends RuntimeException {

    private final String fileName;
    private final Integer line;

    public ReadException(String fileName, Integer line, String message) {
        this(fileName, line, message, null);
    }

    public ReadException(String fileName, Integer line, String message, Throwable cause) {
        super(compose(fileName, line, message), cause);
        this.fileName = fileName;
        this.line = line;
    }

    private static String compose(String fileName, Integer line, String message) {
        String f = fileName == null || fileName.isBlank() ? "(tệp không tên)" : fileName;
        return line == null ? f + ": " + message : f + ", dòng " + line + ": " + message;
    }

    /** The file that could not be read. */
    public String fileName() {
        return fileName;
    }

    /** 1-based line of the problem, or null when it concerns the whole file. */
    public Integer line() {
        return line;
    }
}
