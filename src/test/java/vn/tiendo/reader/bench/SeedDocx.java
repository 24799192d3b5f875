package vn.tiendo.reader.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds a real .docx from a text seed: lines with tabs become table rows (a blank line ends the table),
 * other lines become paragraphs. Used by the benchmark and the .docx location tests.
 */
public final class SeedDocx {

    private SeedDocx() {
    }

    /** The .docx of {@code lines} from index {@code from} (0-based) to the end. */
    public static byte[] build(List<String> lines, int from) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : lines.subList(from, lines.size())) {
                if (line.indexOf('\t') >= 0) {
                    String[] cells = line.split("\t", -1);
                    XWPFTableRow row;
                    if (table == null) {
                        table = doc.createTable();
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    fill(row, cells);
                } else {
                    table = null;
                    doc.createParagraph().createRun().setText(line.replace("**", ""));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell c = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            c.setText(cells[i]);
        }
        while (row.getTableCells().size() > cells.length) {
            row.removeCell(row.getTableCells().size() - 1);
        }
    }
}
