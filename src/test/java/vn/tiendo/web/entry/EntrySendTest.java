package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;

/** The form's JSON twin (…/gui): a result per value — saved, or a conflict naming the saved value and who — or refused. */
@TiendoTest
class EntrySendTest extends BinhLuEntryTestBase {

    ResponseEntity<JsonNode> send(String code, String value, String seen, String version) {
        long id = p.indicator(code);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("v_" + id, value);
        form.add("o_" + id, seen);
        form.add("ver_" + id, version);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity(base + "/gui", new HttpEntity<>(form, h), JsonNode.class);
    }

    JsonNode value(ResponseEntity<JsonNode> r, String code) {
        for (JsonNode v : r.getBody().get("values")) {
            if (v.get("code").asText().equals(code)) {
                return v;
            }
        }
        throw new AssertionError(code);
    }

    void savedBySomeoneElse(String code, String raw) {
        CurrentActor.runAs("can-bo-khac", () -> context.getBean(DataValueService.class).save(List.of(new ValueInput(p.indicator(code), binhLu,
                Period.year(2026), raw, VietnameseNumber.Policy.OFFICER, ExpectedVersion.none(), null, new Field("v", code)))));
    }

    @Test
    void aSentValueIsSavedAndComesBackWithItsVersion() {
        ResponseEntity<JsonNode> r = send("I.1", "71,9", "", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("saved");
        assertThat(r.getBody().get("message").asText()).isEqualTo("Đã lưu 1 số liệu (1 mới, 0 sửa).");
        assertThat(value(r, "I.1").get("saved").asText()).isEqualTo("71,9");
        assertThat(value(r, "I.1").get("version").asInt()).isEqualTo(1);
        assertThat(value(r, "I.1").get("savedBy").asText()).isEqualTo(owner.username());
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
    }

    @Test
    void aReplayOnAStaleVersionIsAConflictNamingTheSavedValueAndWhoAndSavesNothing() {
        savedBySomeoneElse("I.1", "70");
        ResponseEntity<JsonNode> r = send("I.1", "71,9", "", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("conflict");
        JsonNode v = value(r, "I.1");
        assertThat(v.get("result").asText()).isEqualTo("conflict");
        assertThat(v.get("yours").asText()).isEqualTo("71,9");
        assertThat(v.get("saved").asText()).isEqualTo("70");
        assertThat(v.get("savedBy").asText()).isEqualTo("can-bo-khac");
        assertThat(v.get("version").asInt()).isEqualTo(1);
        assertThat(value(r, "I.3").get("result").asText()).isEqualTo("unsent");
        assertThat(send("I.1", "71,9", "70", "1").getBody().get("outcome").asText()).isEqualTo("saved");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aReplayIntoAnApprovedReportIsRefusedWithTheLocksMessage() {
        savedBySomeoneElse("I.1", "70");
        ApprovalService approvals = context.getBean(ApprovalService.class);
        CurrentActor.runAs("xa-binh-lu", () -> approvals.submit(p.id(), "03390", "2026", "thử nghiệm"));
        CurrentActor.runAs("phe-duyet-tinh", () -> approvals.approve(p.id(), "03390", "2026"));
        ResponseEntity<JsonNode> r = send("I.1", "75", "70", "1");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("locked");
        assertThat(r.getBody().get("message").asText()).contains("phe-duyet-tinh", "khóa", "vẫn được giữ trên máy này");
        assertThat(value(r, "I.1").get("yours").asText()).isEqualTo("75");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("70");
    }

    @Test
    void anAmbiguousNumberIsRejectedNextToItsField() {
        ResponseEntity<JsonNode> r = send("I.3", "1.5", "", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("rejected");
        assertThat(r.getBody().get("problems").get(0).get("key").asText()).isEqualTo("v_" + p.indicator("I.3"));
        assertThat(r.getBody().get("problems").get(0).get("text").asText()).contains("Chỉ tiêu I.3", "1,5");
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026")).isEmpty();
    }
}
