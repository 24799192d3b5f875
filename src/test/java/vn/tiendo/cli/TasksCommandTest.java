package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiendo tasks} on seed 000 (Lai Châu 05-CTr/TU) saved under a number of this test's own. */
class TasksCommandTest {

    private static final String NUMBER = "905-TASKS/TU";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void importSeed() throws Exception {
        MainTest.Run saved = MainTest.run("import", ImportExportCommandTest.seed("000").toString(), "--number", NUMBER,
                "--data-dir", dir.toString());
        assertThat(saved.code()).as(saved.err()).isZero();
    }

    private static MainTest.Run tasks(String... args) {
        List<String> all = new ArrayList<>(List.of("tasks", NUMBER + "@12"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        return MainTest.run(all.toArray(String[]::new));
    }

    private static List<JsonNode> titled(JsonNode array, String start) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.get("title").asText().startsWith(start)) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void jsonListsOccurrencesWithDueDatesAndStatus() throws Exception {
        MainTest.Run r = tasks("--as-of", "2026-10-15", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all.get(0).fieldNames()).toIterable()
                .containsExactly("code", "title", "lead", "unit", "kind", "period", "due", "status", "body");

        List<JsonNode> contract = titled(all, "Xây dựng Nghị quyết của HĐND tỉnh quy định về cơ chế hợp đồng, thỉnh giảng");
        assertThat(contract).hasSize(1);
        JsonNode c = contract.get(0);
        assertThat(c.get("status").asText()).isEqualTo("overdue");
        assertThat(c.get("due").asText()).isEqualTo("2026-09-30");
        assertThat(c.get("kind").asText()).isEqualTo("deadline");
        assertThat(c.get("unit").asText()).isEqualTo("12");
        assertThat(c.get("lead").toString()).isEqualTo("[\"Đảng ủy UBND tỉnh\"]");
        assertThat(c.get("body").asText()).isEqualTo("Đảng ủy Ủy ban nhân dân tỉnh");

        List<JsonNode> central = titled(all, "Triển khai thực hiện các chủ trương của Đảng");
        assertThat(central).hasSize(1);
        assertThat(central.get(0).get("status").asText()).isEqualTo("waiting");
        assertThat(central.get(0).get("due").isNull()).isTrue();
        assertThat(central.get(0).get("kind").asText()).isEqualTo("conditional");

        List<JsonNode> media = titled(all, "Tăng cường truyền thông về đột phá");
        assertThat(media).hasSize(6).allSatisfy(n -> {
            assertThat(n.get("status").asText()).isEqualTo("ongoing");
            assertThat(n.get("kind").asText()).isEqualTo("ongoing");
            assertThat(n.get("due").isNull()).isTrue();
        });
        assertThat(media).extracting(n -> n.get("period").asText())
                .containsExactly("Năm 2025", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030");

        MainTest.Run again = tasks("--as-of", "2026-10-15", "--json");
        assertThat(JSON.readTree(again.out())).as("listing twice plans nothing new").isEqualTo(all);
        MainTest.Run otherUnit = tasks("--as-of", "2026-10-15", "--json", "--unit", "03390");
        assertThat(otherUnit.code()).as(otherUnit.err()).isZero();
        // "Các đảng ủy trực thuộc Tỉnh ủy" leads B.I.3: each commune's party committee has its own occurrences
        assertThat(JSON.readTree(otherUnit.out())).hasSize(6).allSatisfy(n -> {
            assertThat(n.get("code").asText()).isEqualTo("B.I.3");
            assertThat(n.get("unit").asText()).isEqualTo("03390");
            assertThat(n.get("body").asText()).isEqualTo("Đảng ủy xã");
        });
    }

    @Test
    void checkJsonHasTheSixCriteriaPerTask() throws Exception {
        MainTest.Run r = tasks("--check", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all).hasSize(18);
        for (JsonNode n : all) {
            assertThat(n.fieldNames()).toIterable().containsExactly("code", "title", "nguoi", "viec", "thoiGian",
                    "trachNhiem", "thamQuyen", "sanPham");
            assertThat(n.get("viec").toString()).isEqualTo("{\"ok\":true,\"reason\":\"Có nội dung công việc\"}");
        }
        JsonNode central = titled(all, "Triển khai thực hiện các chủ trương của Đảng").get(0);
        assertThat(central.get("thoiGian").toString()).isEqualTo("{\"ok\":false,\"reason\":\"Thời gian phụ thuộc điều kiện"
                + " (\\\"Khi có văn bản chỉ đạo, triển khai của Trung ương\\\"): chưa có văn bản làm căn cứ để tính hạn\"}");
        JsonNode contract = titled(all, "Xây dựng Nghị quyết của HĐND tỉnh quy định về cơ chế hợp đồng").get(0);
        assertThat(contract.get("thoiGian").toString())
                .isEqualTo("{\"ok\":true,\"reason\":\"Hạn hoàn thành 30/9/2026\"}");
    }

    @Test
    void readableTableInVietnamese() {
        MainTest.Run r = tasks("--as-of", "2026-10-15");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Nhiệm vụ của văn bản " + NUMBER + " (Tỉnh Lai Châu), tình trạng tại ngày 15/10/2026")
                .contains("Quý III năm 2026", "30/09/2026", "Đang thực hiện quá hạn", "Chờ văn bản", "Thực hiện thường xuyên");
        MainTest.Run check = tasks("--check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("Rõ thời gian: Thời gian phụ thuộc điều kiện", "Tổng: 18 nhiệm vụ, 0 nhiệm vụ đủ \"6 rõ\"");
    }

    @Test
    void unknownProgrammeOrUnitIsExitCode1() {
        MainTest.Run r = MainTest.run("tasks", "1-KHONG/CO", "--json", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Lỗi: Không có văn bản \"1-KHONG/CO\"; xem danh sách bằng: tiendo programmes"
                + System.lineSeparator());
        MainTest.Run unit = tasks("--unit", "99999");
        assertThat(unit.code()).isEqualTo(1);
        assertThat(unit.err()).contains("Không có đơn vị mã \"99999\"");
    }

    @Test
    void badDateIsExitCode2NamingTheOption() {
        MainTest.Run r = MainTest.run("tasks", NUMBER, "--as-of", "15/10/2026", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Lỗi: --as-of: \"15/10/2026\" không phải ngày hợp lệ; ghi theo dạng YYYY-MM-DD,"
                + " ví dụ 2026-10-15." + System.lineSeparator());
        assertThat(MainTest.run("tasks", NUMBER, "--as-of", "2026-02-30").code()).isEqualTo(2);
    }
}
