package vn.tiendo.reader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF (Apache PDFBox), as lines for the reader. A scanned PDF (images only), an encrypted one
 * and a damaged one are refused with a Vietnamese message naming the file.
 */
final class PdfText {

    private PdfText() {
    }

    static List<String> lines(String name, byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(doc);
            if (text.strip().isEmpty()) {
                throw new ReadException(name, null, "tệp PDF không có lớp chữ (bản quét chỉ có ảnh, " + doc.getNumberOfPages()
                        + " trang): không đọc được; hãy dùng bản PDF có chữ (như bản của Công báo), tệp .docx hoặc văn bản");
            }
            return new ArrayList<>(Arrays.asList(text.split("\\r\\n|\\r|\\n", -1)));
        } catch (InvalidPasswordException e) {
            throw new ReadException(name, null, "tệp PDF được mã hóa bằng mật khẩu: không đọc được; hãy dùng bản không khóa", e);
        } catch (IOException e) {
            throw new ReadException(name, null, "tệp PDF bị hỏng, không mở được (" + e.getMessage() + ")", e);
        }
    }
}
