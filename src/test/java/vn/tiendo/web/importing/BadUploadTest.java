package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tiendo.security.Role;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/** Files the import page refuses: the form again with a Vietnamese message, no draft, no programme. */
@TiendoTest
class BadUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] oversize = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(oversize, (byte) 'a');
        return Stream.of(
                Arguments.of("rong.txt", new byte[0], "rong.txt: tệp rỗng"),
                Arguments.of("anh.txt", png, "anh.txt: không phải văn bản mà là ảnh PNG"),
                Arguments.of("anh.png", png, "anh.png: chỉ nhận văn bản .docx, .pdf (có lớp chữ), .txt hoặc .md"),
                Arguments.of("hong.docx", "đây không phải tệp zip".getBytes(StandardCharsets.UTF_8),
                        "hong.docx: không phải tệp Word (.docx) hợp lệ"),
                Arguments.of("lon.txt", oversize, "lon.txt: tệp quá lớn (20971521 byte); tối đa 20 MB"),
                Arguments.of("ghi-chu.txt", "Kính gửi các đồng chí.\nHọp lúc 8 giờ.\n".getBytes(StandardCharsets.UTF_8),
                        "ghi-chu.txt: không nhận ra văn bản chương trình"),
                Arguments.of("dieu-khien.txt", "Dòng một\nDòng hai\nDòng \u0001 ba\n".getBytes(StandardCharsets.UTF_8),
                        "dieu-khien.txt, dòng 3: có ký tự điều khiển"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusedWithAMessageAndNothingSaved(String name, byte[] content, String message) throws Exception {
        int drafts = count("import_draft");
        int programmes = count("programme");
        HttpResponse<String> r = Http.signedIn(port, context, Role.PROGRAMME_OWNER, "12").upload(name, content);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Không nhập được tệp.", message, "Chưa có gì được lưu", "type=\"file\"");
        assertThat(count("import_draft")).isEqualTo(drafts);
        assertThat(count("programme")).isEqualTo(programmes);
    }

    @Autowired
    jakarta.servlet.MultipartConfigElement multipart;
    @Autowired
    vn.tiendo.programmes.ImportProperties importing;
    @Autowired
    vn.tiendo.entry.EvidenceProperties evidence;

    @Test
    void theMultipartLimitIsDerivedFromTheImportAndEvidenceLimits() {
        long evidenceFile = evidence.maxSize().toBytes();
        assertThat(multipart.getMaxFileSize()).isEqualTo(Math.max(importing.maxBytes(), evidenceFile) + 1024 * 1024);
        // a task report may carry its ten evidence files of 10 MB in one request
        assertThat(multipart.getMaxRequestSize())
                .isEqualTo(Math.max(importing.maxBytes(), evidenceFile * evidence.maxFiles()) + 2 * 1024 * 1024)
                .isGreaterThan(10L * 10 * 1024 * 1024);
    }

    @Test
    void aFileFarOverTheLimitGetsTheFormBack() throws Exception {
        byte[] huge = new byte[21 * 1024 * 1024 + 300 * 1024];
        HttpResponse<String> r = Http.signedIn(port, context, Role.PROGRAMME_OWNER, "12").upload("rat-lon.docx", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Không nhập được tệp.", "Tệp quá lớn; tối đa 20 MB.", "type=\"file\"");
    }

    int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
