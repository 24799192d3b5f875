package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.DocumentInfo;

/** A document known only from its lead sentence: no "Số:" line, no header block. */
class LeadSentenceHeaderTest {

    @Test
    void numberIssuerKindAndImplementedResolutionComeFromTheLeadSentence() {
        String text = String.join("\n",
                "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
                        + " công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Tỉnh ủy Đồng Tháp ban hành"
                        + " Kế hoạch 359-KH/TU thực hiện Nghị quyết số 57-NQ/TW như sau:",
                "I. MỤC TIÊU",
                "1. Đến năm 2030, 100% cơ quan nhà nước sử dụng chữ ký số.");
        DocumentInfo info = new ProgrammeReader().read("kh359.txt", text.getBytes(StandardCharsets.UTF_8)).document();
        assertThat(info.number()).isEqualTo("359-KH/TU");
        assertThat(info.issuer()).isEqualTo("Tỉnh ủy Đồng Tháp");
        assertThat(info.kind()).isEqualTo("kế hoạch");
        assertThat(info.implementsDocs()).containsExactly("57-NQ/TW");
        assertThat(info.implementsDocs()).doesNotContain("359-KH/TU");
    }
}
