package vn.tiendo.reader;

import java.util.List;
import java.util.regex.Pattern;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.ReadWarning;

/**
 * What the reader says when a document gives no programme: a table whose header row is missing (so no column
 * can be told from another), a document of another kind (a decision made of articles "Điều 1.", "Điều 2."
 * with no indicator or task table), or text that is no programme at all. Each names the line to look at.
 */
final class NotAProgramme {

    private static final String PREFIX = "không nhận ra văn bản chương trình: ";
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:\\*\\*)?Điều\\s+1\\s*[.:]");
    private static final Pattern NUMBERED_CELL = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVX]{1,6}|[A-H])[.)]?$");

    private NotAProgramme() {
    }

    /**
     * Warns about each table without a header row; when nothing was read, refuses the document with the
     * reason.
     */
    static void check(String name, List<String> lines, DocumentInfo info, boolean nothingRead, List<ReadWarning> warnings) {
        Integer headerless = null;
        for (TableScanner.Block b : TableScanner.scan(lines)) {
            if (b.header().isEmpty() && looksLikeData(b)) {
                int line = b.rows().get(0).line();
                headerless = headerless == null ? line : headerless;
                warnings.add(new ReadWarning(line, HEADERLESS));
            }
        }
        if (!nothingRead) {
            return;
        }
        if (headerless != null) {
            throw new ReadException(name, headerless, PREFIX + HEADERLESS);
        }
        int article = firstArticle(lines);
        if (article > 0) {
            String kind = info.kind() == null ? "văn bản" : info.kind();
            throw new ReadException(name, article, PREFIX + "đây là " + kind + " gồm các điều (Điều 1, Điều 2 …)"
                    + ", không kèm chương trình hay kế hoạch: không có bảng chỉ tiêu, bảng nhiệm vụ hay mục tiêu nào để đọc");
        }
        throw new ReadException(name, null, PREFIX + "không có chỉ tiêu hay nhiệm vụ nào"
                + (info.number() == null ? " và không có số văn bản" : ""));
    }

    private static final String HEADERLESS = "bảng không có hàng tiêu đề (TT, Tên nhiệm vụ/Chỉ tiêu, Cơ quan chủ trì,"
            + " Thời gian …) nên không biết cột nào là gì; hãy thêm hàng tiêu đề vào đầu bảng";

    /** Rows numbered "1.", "2." … with at least three cells: a programme table, not a header laid out in columns. */
    private static boolean looksLikeData(TableScanner.Block b) {
        long numbered = b.rows().stream()
                .filter(r -> r.cells().size() >= 3 && NUMBERED_CELL.matcher(r.cell(0)).matches()).count();
        return numbered >= 2 || numbered == b.rows().size() && numbered > 0;
    }

    private static int firstArticle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ARTICLE.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
