package vn.tiendo.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.tiendo.programme.ReadWarning;

/**
 * Turns a .docx into the line representation the text reader uses: each paragraph is a line, each table
 * row a tab-separated line followed by a blank line after the table. A vertically merged continuation
 * cell becomes blank (so "blank continues the row above" applies); a cell spanning n grid columns is
 * followed by n-1 blank cells. Zip bombs are refused by POI's ZipSecureFile limits.
 */
final class DocxLines {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** Stop after this many characters of text: a guard against pathological documents. */
    private static final int MAX_CHARS = 10_000_000;

    private DocxLines() {
    }

    /**
     * The converted lines and, for each, where it came from: null for a paragraph, else the table and row
     * ("bảng 2, dòng 5", both 1-based in document order).
     */
    record Converted(List<String> lines, List<String> places) {

        /**
         * The warning with its table place in front ("bảng 2, dòng 5, cột 3: …"); the line number stays the
         * converted line. The column is the cell whose text the message quotes, when there is one.
         */
        ReadWarning locate(ReadWarning w) {
            if (w.line() < 1 || w.line() > lines.size() || places.get(w.line() - 1) == null) {
                return w;
            }
            return new ReadWarning(w.line(), place(w.line(), quotedColumn(lines.get(w.line() - 1), w.message())) + ": " + w.message());
        }

        private static Integer quotedColumn(String line, String message) {
            Matcher q = QUOTED.matcher(message);
            if (!q.find()) {
                return null;
            }
            String quoted = Text.clean(q.group(1)).replaceAll("…$", "");
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                if (!quoted.isEmpty() && Text.clean(cells[i]).startsWith(quoted)) {
                    return i + 1;
                }
            }
            return null;
        }

        /** "bảng 2, dòng 5, cột 3" for a 1-based line and grid column; null for a paragraph line. */
        String place(int line, Integer column) {
            String p = line >= 1 && line <= places.size() ? places.get(line - 1) : null;
            return p == null ? null : column == null ? p : p + ", cột " + column;
        }
    }

    static Converted convert(String fileName, byte[] content) {
        Output out = new Output(fileName);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int tableNo = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    for (String l : p.getText().split("\\R", -1)) {
                        out.add(l.replace('\t', ' '), null);
                    }
                } else if (e instanceof XWPFTable t) {
                    tableNo++;
                    addTable(out, t, tableNo);
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new ReadException(fileName, null, "không phải tệp Word (.docx) hợp lệ", e);
        } catch (IOException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("ratio")) {
                throw new ReadException(fileName, null, "tệp .docx bị nén bất thường (nghi ngờ zip bomb), từ chối đọc", e);
            }
            throw new ReadException(fileName, null, "không đọc được tệp .docx (tệp hỏng hoặc không phải Word): "
                    + e.getClass().getSimpleName(), e);
        }
        return new Converted(out.lines, out.places);
    }

    /** The lines converted so far with their places, and the guard on the total text. */
    private static final class Output {
        private final String fileName;
        private final List<String> lines = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private int chars;

        Output(String fileName) {
            this.fileName = fileName;
        }

        void add(String line, String place) {
            chars += line.length() + 1;
            if (chars > MAX_CHARS) {
                throw new ReadException(fileName, null, "tệp .docx chứa quá nhiều văn bản (trên " + MAX_CHARS + " ký tự)");
            }
            lines.add(line);
            places.add(place);
        }
    }

    /** One line per row (a one-cell row still gets a tab), then a blank line after the table. */
    private static void addTable(Output out, XWPFTable t, int tableNo) {
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            r++;
            String line = String.join("\t", rowCells(out.fileName, row, tableNo, r));
            if (line.indexOf('\t') < 0) {
                line = line + "\t"; // a one-cell row is still a table row
            }
            out.add(line, "bảng " + tableNo + ", dòng " + r);
        }
        out.add("", null);
    }

    /** The row's cells: a merged continuation cell is blank, a cell spanning n grid columns is followed by n-1 blanks. */
    private static List<String> rowCells(String fileName, XWPFTableRow row, int tableNo, int r) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            String where = "bảng " + tableNo + ", dòng " + r + ", cột " + (cells.size() + 1);
            CTTcPr pr;
            String text;
            try {
                pr = cell.getCTTc().getTcPr();
                boolean continuation = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                text = continuation ? "" : cellText(cell);
            } catch (RuntimeException ex) {
                throw new ReadException(fileName, null, where + ": không đọc được ô ("
                        + ex.getClass().getSimpleName() + ")", ex);
            }
            cells.add(text);
            int span = 1;
            if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                span = Math.min(50, ((BigInteger) pr.getGridSpan().getVal()).intValue());
            }
            for (int k = 1; k < span; k++) {
                cells.add("");
            }
        }
        return cells;
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText();
            if (!t.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return sb.toString().replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
