package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiendo link} on the seeds (Bình Lư 70-KH/ĐU under Lai Châu 05-CTr/TU), against a throwaway database. */
class LinkCommandTest {

    @Test
    void proposesConfirmsAndRefusesProgrammesWithNoParentRelation(@TempDir Path dir) throws Exception {
        for (String prefix : new String[] {"000", "001"}) {
            MainTest.Run saved = MainTest.run("import", ImportExportCommandTest.seed(prefix).toString(), "--data-dir", dir.toString());
            assertThat(saved.code()).as(saved.err()).isZero();
        }
        MainTest.Run r = MainTest.run("link", "70-KH/ĐU", "--to", "05-CTr/TU", "--json", "--data-dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(fieldNames(json)).containsExactly("links", "unmatchedParent");
        JsonNode first = json.get("links").get(0);
        assertThat(fieldNames(first)).containsExactly("kind", "child", "parent", "confidence");
        assertThat(fieldNames(first.get("child"))).containsExactly("code", "title");
        assertThat(first.get("kind").asText()).isEqualTo("indicator");
        assertThat(first.get("child").get("title").asText()).isEqualTo("Trường đạt chuẩn quốc gia.");
        assertThat(first.get("parent").get("code").asText()).isEqualTo("I.1");
        assertThat(first.get("confidence").asDouble()).isBetween(0.7, 1.0);
        assertThat(json.get("links")).hasSize(8 + 15);
        List<String> unmatched = new ArrayList<>();
        json.get("unmatchedParent").forEach(u -> unmatched.add(u.get("kind").asText() + " " + u.get("code").asText()));
        assertThat(unmatched).containsExactly("indicator I.4", "indicator I.5", "indicator I.7", "indicator III.1",
                "task B.III.9", "task B.V.11", "task B.VI.14");
        assertThat(fieldNames(json.get("unmatchedParent").get(0))).containsExactly("kind", "code", "title");

        MainTest.Run confirmed = MainTest.run("link", "70-KH/ĐU", "--to", "05-CTr/TU", "--json", "--confirm", "--data-dir", dir.toString());
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(confirmed.err()).contains("Đã lưu 23 liên kết");
        assertThat(confirmed.out()).isEqualTo(r.out());

        MainTest.Run reversed = MainTest.run("link", "05-CTr/TU", "--to", "70-KH/ĐU", "--json", "--data-dir", dir.toString());
        assertThat(reversed.code()).isEqualTo(1);
        assertThat(reversed.err()).startsWith("Lỗi: Không thể liên kết văn bản 05-CTr/TU dưới văn bản 70-KH/ĐU")
                .contains("liên kết sẽ tạo vòng");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
