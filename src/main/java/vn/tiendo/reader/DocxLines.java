package vn.tiendo.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns a .docx into the line representation the text reader uses: each paragraph is a line, each table
 * row a tab-separated line followed by a blank line after the table. A vertically merged continuation
 * cell becomes blank (so "blank continues the row above" applies); a cell spanning n grid columns is
 * followed by n-1 blank cells. Zip bombs are refused by POI's ZipSecureFile limits.
 */
final class DocxLines {

    /** Stop after this many characters of text: a guard against pathological documents. */
    private static final int MAX_CHARS = 10_000_000;

    private DocxLines() {
    }

    static List<String> read(String fileName, byte[] content) {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int[] chars = {0};
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    for (String l : p.getText().split("\\R", -1)) {
                        add(fileName, lines, l.replace('\t', ' '), chars);
                    }
                } else if (e instanceof XWPFTable t) {
                    int r = 0;
                    for (XWPFTableRow row : t.getRows()) {
                        r++;
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            CTTcPr pr = cell.getCTTc().getTcPr();
                            boolean continuation = pr != null && pr.isSetVMerge()
                                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                            String text = continuation ? "" : cellText(cell);
                            cells.add(text);
                            int span = 1;
                            if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                                span = Math.min(50, ((BigInteger) pr.getGridSpan().getVal()).intValue());
                            }
                            for (int k = 1; k < span; k++) {
                                cells.add("");
                            }
                        }
                        String line = String.join("\t", cells);
                        if (line.indexOf('\t') < 0) {
                            line = line + "\t"; // a one-cell row is still a table row
                        }
                        add(fileName, lines, line, chars);
                    }
                    add(fileName, lines, "", chars);
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
        return lines;
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

    private static void add(String fileName, List<String> lines, String line, int[] chars) {
        chars[0] += line.length() + 1;
        if (chars[0] > MAX_CHARS) {
            throw new ReadException(fileName, null, "tệp .docx chứa quá nhiều văn bản (trên " + MAX_CHARS + " ký tự)");
        }
        lines.add(line);
    }
}
