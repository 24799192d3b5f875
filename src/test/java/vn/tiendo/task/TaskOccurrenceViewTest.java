package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.TimeframeKind;

class TaskOccurrenceViewTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void serialisesToTheCommandLineFieldNames() throws Exception {
        TaskOccurrenceView v = new TaskOccurrenceView("B.II.6", "Xây dựng Nghị quyết", List.of("Đảng ủy UBND tỉnh"),
                "12", TimeframeKind.DEADLINE, "Quý III năm 2026", "2026-09-30", DueState.OVERDUE);
        assertThat(json.writeValueAsString(v)).isEqualTo("{\"code\":\"B.II.6\",\"title\":\"Xây dựng Nghị quyết\","
                + "\"lead\":[\"Đảng ủy UBND tỉnh\"],\"unit\":\"12\",\"kind\":\"deadline\","
                + "\"period\":\"Quý III năm 2026\",\"due\":\"2026-09-30\",\"status\":\"overdue\",\"body\":null}");
    }

    @Test
    void missingValuesAreNull() throws Exception {
        TaskOccurrenceView v = new TaskOccurrenceView("A.1", "Triển khai", null, null, TimeframeKind.CONDITIONAL,
                "Khi có văn bản", null, DueState.WAITING);
        JsonNode n = json.readTree(json.writeValueAsString(v));
        assertThat(n.get("lead").isArray()).isTrue();
        assertThat(n.get("lead")).isEmpty();
        assertThat(n.get("unit").isNull()).isTrue();
        assertThat(n.get("due").isNull()).isTrue();
        assertThat(n.get("kind").asText()).isEqualTo("conditional");
        assertThat(n.get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void everyStateAndKindHasItsContractWord() throws Exception {
        for (DueState s : DueState.values()) {
            assertThat(json.writeValueAsString(s)).isEqualTo("\"" + s.word() + "\"");
        }
        assertThat(json.writeValueAsString(TimeframeKind.values()))
                .isEqualTo("[\"deadline\",\"range\",\"recurring\",\"ongoing\",\"conditional\"]");
    }

    @Test
    void sixClearSerialisesItsCriteria() throws Exception {
        SixClear c = SixClearCheck.check(new TaskFacts("Việc", null, List.of(), false, false, "An", null, null, null,
                null));
        JsonNode n = json.readTree(json.writeValueAsString(c));
        assertThat(n.fieldNames()).toIterable()
                .containsExactly("nguoi", "viec", "thoiGian", "trachNhiem", "thamQuyen", "sanPham");
        assertThat(n.get("nguoi").toString()).isEqualTo("{\"ok\":true,\"reason\":\"Người chịu trách nhiệm: An\"}");
        assertThat(n.get("thoiGian").toString())
                .isEqualTo("{\"ok\":false,\"reason\":\"Chưa có thời gian thực hiện\"}");
    }
}
