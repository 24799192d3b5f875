package vn.tiendo.report;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the report templates ONCE (they are then files an office edits): {@code src/main/resources/report-templates/
 * party-2018.docx, party-2026.docx, state-2020.docx}. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:<deps> vn.tiendo.report.ReportTemplateGenerator}.
 * Placeholders are poi-tl tags ({@code {{trichYeu}}}, {@code {{@chartIndicators}}}, table loops {@code {{indicators}}}).
 */
public final class ReportTemplateGenerator {

    private static final String FONT = "Times New Roman";
    private static final int MM = 57; // twips per millimetre (1440 / 25.4 ≈ 56.7)

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean party;

    private ReportTemplateGenerator(boolean party) {
        this.party = party;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/report-templates");
        Files.createDirectories(dir);
        write(dir.resolve("party-2018.docx"), true, "Hướng dẫn 36-HD/VPTW");
        write(dir.resolve("party-2026.docx"), true, "Quy định 399-QĐ/TW");
        write(dir.resolve("state-2020.docx"), false, "Nghị định 30/2020/NĐ-CP");
    }

    private static void write(Path file, boolean party, String rulebook) throws Exception {
        ReportTemplateGenerator g = new ReportTemplateGenerator(party);
        g.page();
        g.header();
        g.title();
        g.body();
        g.signature();
        g.appendices();
        g.doc.getProperties().getCoreProperties().setTitle("Mẫu báo cáo kết quả thực hiện (" + rulebook + ")");
        try (OutputStream out = Files.newOutputStream(file)) {
            g.doc.write(out);
        }
    }

    /** A4 portrait, margins 20/20/30/15 mm, page number centred at the top from page 2. */
    private void page() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20 * MM));
        mar.setBottom(BigInteger.valueOf(20 * MM));
        mar.setLeft(BigInteger.valueOf(30 * MM));
        mar.setRight(BigInteger.valueOf(15 * MM));
        mar.setHeader(BigInteger.valueOf(10 * MM));
        mar.setFooter(BigInteger.valueOf(10 * MM));
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun r = p.createRun();
        font(r, 14, false, false);
    }

    private void header() {
        XWPFTable t = borderless(doc.createTable(1, 2));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        int small = party ? 14 : 13;
        line(left, "{{superiorBody}}", small, false, false, false);
        line(left, "{{issuingBody}}", small, true, false, false);
        line(left, party ? "*" : "———", small, false, false, false);
        line(left, "{{numberLine}}", small, false, false, false);
        if (party) {
            XWPFParagraph p = line(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, false);
            p.setBorderBottom(Borders.SINGLE);
        } else {
            line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false, false);
            line(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false, false).setBorderBottom(Borders.SINGLE);
        }
        line(right, "{{placeDate}}", 14, false, true, false);
    }

    private void title() {
        centred("BÁO CÁO", party ? 16 : 14, true).setSpacingBefore(240);
        centred("{{trichYeu}}", 14, true);
        centred("-----", 14, false);
    }

    private void body() {
        String dash = party ? "- " : ". ";
        para("{{opening}}");
        heading("I" + dash + "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TUYÊN TRUYỀN");
        para("{{leadership}}");
        heading("II" + dash + "KẾT QUẢ THỰC HIỆN");
        heading("1. Kết quả thực hiện các chỉ tiêu");
        para("{{indicatorSummary}}");
        centred("{{@chartIndicators}}", 12, false);
        centred("{{@chartUnits}}", 12, false);
        heading("2. Kết quả thực hiện các nhiệm vụ");
        para("{{taskSummary}}");
        heading("3. Kết quả nổi bật");
        para("{{results}}");
        para("{{missingUnits}}");
        heading("III" + dash + "ĐÁNH GIÁ CHUNG");
        para("{{assessment}}");
        heading("IV" + dash + "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI");
        para("{{directions}}");
        heading("V" + dash + "ĐỀ XUẤT, KIẾN NGHỊ");
        para("{{proposals}}");
    }

    private void signature() {
        XWPFTable t = borderless(doc.createTable(1, 2));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph p = left.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = p.createRun();
        r.setText("Nơi nhận:");
        font(r, party ? 14 : 12, !party, !party);
        if (party) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        XWPFParagraph rec = left.addParagraph();
        font(rec.createRun(), party ? 12 : 11, false, false).setText("{{recipients}}");
        line(right, "{{signatureAuthority}}", 14, true, false, false);
        line(right, "{{signaturePosition}}", 14, !party, false, false);
        line(right, "", 14, false, false, false);
        line(right, "", 14, false, false, false);
        line(right, "{{signerName}}", 14, true, false, false);
    }

    private void appendices() {
        XWPFParagraph br = doc.createParagraph();
        br.setPageBreak(true);
        centred("PHỤ LỤC I", 14, true);
        centred("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {{periodUpper}}", 14, true);
        centred("(Kèm theo Báo cáo số      ngày    tháng    năm     của {{issuingName}})", 13, false).getRuns().get(0).setItalic(true);
        table("indicators", new int[] {620, 2500, 850, 950, 900, 950, 800, 900, 884}, List.of("STT", "Chỉ tiêu", "ĐVT", "Năm gốc", "Mục tiêu kỳ", "Kết quả", "Tỷ lệ % so KH", "Đánh giá",
                "Nguồn số liệu"), List.of("stt", "name", "unit", "baseline", "target", "result", "percentText", "assessment", "source"));
        XWPFParagraph br2 = doc.createParagraph();
        br2.setPageBreak(true);
        centred("PHỤ LỤC II", 14, true);
        centred("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ {{periodUpper}}", 14, true);
        table("tasks", new int[] {620, 3180, 1700, 1100, 1250, 1504}, List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Tình trạng", "Kết quả, tiến độ mới nhất"),
                List.of("stt", "title", "leadBody", "timeframe", "status", "progress"));
    }

    /** A table whose header row repeats on every page, with a poi-tl loop row of [field] tags. */
    private void table(String tag, int[] widths, List<String> heads, List<String> fields) {
        XWPFTable t = doc.createTable(2, heads.size());
        t.setWidth("100%");
        widths(t, widths);
        t.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < heads.size(); i++) {
            XWPFParagraph p = head.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            if (i == 0) {
                font(p.createRun(), 11, true, false).setText("{{" + tag + "}}");
            }
            font(p.createRun(), 11, true, false).setText(heads.get(i));
            XWPFParagraph v = t.getRow(1).getCell(i).getParagraphs().get(0);
            v.setAlignment(i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            font(v.createRun(), 11, false, false).setText("[" + fields.get(i) + "]");
        }
    }

    /** Column widths in twips (the text width is about 9.350), kept fixed so Word and LibreOffice agree. */
    private static void widths(XWPFTable t, int[] widths) {
        t.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        for (int i = 0; i < widths.length; i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[i]));
            for (XWPFTableRow row : t.getRows()) {
                row.getCell(i).setWidth(Integer.toString(widths[i]));
            }
        }
    }

    private XWPFParagraph para(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(10 * MM);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        font(p.createRun(), 14, false, false).setText(text);
        return p;
    }

    private void heading(String text) {
        XWPFParagraph p = para(text);
        p.getRuns().get(0).setBold(true);
        p.setKeepNext(true);
    }

    private XWPFParagraph centred(String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        font(p.createRun(), size, bold, false).setText(text);
        return p;
    }

    private static XWPFParagraph line(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean under) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = font(p.createRun(), size, bold, italic);
        r.setText(text);
        if (under) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        return p;
    }

    private static XWPFTable borderless(XWPFTable t) {
        t.setWidth("100%");
        t.removeBorders();
        return t;
    }

    private static XWPFRun font(XWPFRun r, int size, boolean bold, boolean italic) {
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }
}
