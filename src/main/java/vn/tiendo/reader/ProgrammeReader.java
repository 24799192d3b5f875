package vn.tiendo.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Task;

/**
 * Reads a programme document (plain text / markdown as extracted from the issued document, or .docx)
 * into the programme model. Pure Java, thread-safe, no Spring needed. The only exception thrown is
 * {@link ReadException}.
 */
public final class ProgrammeReader {

    /** Default size limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final OrgUnitResolver resolver;

    public ProgrammeReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ProgrammeReader(long maxBytes) {
        this(maxBytes, OrgUnitResolver.NONE);
    }

    /**
     * @param maxBytes largest accepted file
     * @param resolver look-up of commune/ward codes (provinces are known without it)
     */
    public ProgrammeReader(long maxBytes, OrgUnitResolver resolver) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes phải lớn hơn 0");
        }
        this.maxBytes = maxBytes;
        this.resolver = resolver == null ? OrgUnitResolver.NONE : resolver;
    }

    /**
     * Reads one document.
     *
     * @param fileName the file's name, used in messages and to recognise ".docx"
     * @param content  the file's bytes
     * @throws ReadException for empty, oversize, binary, corrupt or unrecognisable input
     */
    public ProgrammeDocument read(String fileName, byte[] content) throws ReadException {
        return readWithSource(fileName, content).document();
    }

    /**
     * What was read together with the lines it was read from: for text the file's lines, for .docx the
     * converted lines (paragraphs, then one tab-separated line per table row). Warnings' and rows'
     * line numbers are 1-based indexes into {@code lines}.
     */
    public record Reading(ProgrammeDocument document, List<String> lines) {
        public Reading {
            lines = List.copyOf(lines);
        }
    }

    /** Reads one document and also returns the lines as the reader saw them (for review pages). */
    public Reading readWithSource(String fileName, byte[] content) throws ReadException {
        String name = fileName == null || fileName.isBlank() ? "(tệp không tên)" : fileName;
        try {
            return readChecked(name, content);
        } catch (ReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ReadException(name, null, "lỗi không mong đợi khi đọc tệp (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Reading readChecked(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ReadException(name, null, "tệp rỗng");
        }
        if (content.length > maxBytes) {
            throw new ReadException(name, null, "tệp quá lớn (" + content.length + " byte, tối đa " + maxBytes + " byte)");
        }
        if (startsWith(content, 'P', 'K', 3, 4) || name.toLowerCase().endsWith(".docx")) {
            if (!startsWith(content, 'P', 'K')) {
                throw new ReadException(name, null, "không phải tệp Word (.docx) hợp lệ (thiếu chữ ký ZIP)");
            }
            DocxLines.Converted docx = DocxLines.convert(name, content);
            ProgrammeDocument doc = parse(name, docx.lines());
            List<ReadWarning> located = doc.warnings().stream().map(docx::locate).toList();
            return new Reading(new ProgrammeDocument(doc.document(), doc.indicators(), doc.tasks(), located), docx.lines());
        }
        if (startsWith(content, '%', 'P', 'D', 'F') || name.toLowerCase().endsWith(".pdf")) {
            List<String> pdf = PdfText.lines(name, content);
            return new Reading(parse(name, pdf), pdf);
        }
        List<String> lines = textLines(name, content);
        return new Reading(parse(name, lines), lines);
    }

    /** Parses a document already split into lines (the common path of text and .docx). */
    ProgrammeDocument parse(String name, List<String> lines) {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new ReadException(name, null, "tệp không có nội dung");
        }
        lines = FlatTable.rebuild(lines);
        List<ReadWarning> warnings = new ArrayList<>();
        DocumentInfo info = HeaderReader.read(lines, resolver, warnings);
        List<Indicator> indicators = IndicatorTableReader.read(lines, warnings);
        List<Task> tasks = TaskTableReader.read(lines, warnings);
        if (indicators.isEmpty()) {
            indicators = ProseTargetReader.read(lines, warnings);
        }
        if (tasks.isEmpty()) {
            tasks = ProseTaskReader.read(lines, warnings);
        }
        NotAProgramme.check(name, lines, info, indicators.isEmpty() && tasks.isEmpty(), warnings);
        warnings.sort(java.util.Comparator.comparingInt(ReadWarning::line));
        return new ProgrammeDocument(info, indicators, tasks, warnings);
    }

    private static List<String> textLines(String name, byte[] content) {
        String kind = binaryKind(content);
        if (kind != null) {
            throw new ReadException(name, null, "không phải văn bản mà là " + kind);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ReadException(name, null, "không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc mã hóa khác)", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                int line = 1;
                for (int k = 0; k < i; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                throw new ReadException(name, line, "có ký tự điều khiển (mã " + (int) c + "); không phải văn bản thuần");
            }
        }
        return new ArrayList<>(Arrays.asList(text.split("\\r\\n|\\r|\\n", -1)));
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "ảnh PNG";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "ảnh JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "ảnh GIF";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "tệp Word cũ (.doc) (chưa hỗ trợ; hãy lưu lại dạng .docx)";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
