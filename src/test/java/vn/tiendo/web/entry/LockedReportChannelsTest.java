package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;

/**
 * Approved = locked, for every write channel: the form, the Excel upload, the REST API (one value and bulk) and
 * DHIS2 dataValueSets are all refused with 409 naming who approved, and nothing is stored.
 */
@TiendoTest
class LockedReportChannelsTest extends BinhLuEntryTestBase {

    String key;

    @BeforeEach
    void approvedReport() {
        key = p.number() + "@12";
        assertThat(send(HttpMethod.PUT, "/api/v1/values/" + p.indicator("I.1") + "/03390/2026", Map.of("value", "70")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ApprovalService approvals = context.getBean(ApprovalService.class);
        CurrentActor.runAs("xa-binh-lu", () -> approvals.submit(p.id(), "03390", "2026", "thử nghiệm khóa"));
        CurrentActor.runAs("phe-duyet-tinh", () -> approvals.approve(p.id(), "03390", "2026"));
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
    }

    @Test
    void theRestApiRefusesWithA409NamingTheApproverAndStoresNothing() {
        ResponseEntity<JsonNode> one = send(HttpMethod.PUT, "/api/v1/values/" + p.indicator("I.1") + "/03390/2026",
                Map.of("value", "75", "version", 1));
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(one.getBody().get("detail").asText()).contains("Xã Bình Lư", "phe-duyet-tinh", "phê duyệt lúc", "đã khóa");
        ResponseEntity<JsonNode> bulk = send(HttpMethod.POST, "/api/v1/values/bulk", Map.of("values", List.of(
                Map.of("dataElement", key + "#I.3", "orgUnit", "03463", "period", "2026", "value", "5"),
                Map.of("dataElement", key + "#I.5", "orgUnit", "03390", "period", "2026", "value", "3"))));
        assertThat(bulk.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(bulk.getBody().get("detail").asText()).contains("phe-duyet-tinh");
        assertThat(storedCount()).isEqualTo(1);
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("70");
    }

    @Test
    void dataValueSetsAreRefusedWith409AndNothingIsStored() {
        Map<String, Object> set = Map.of("dataValues", List.of(
                Map.of("dataElement", key + "#I.5", "orgUnit", "03463", "period", "2026", "value", "2"),
                Map.of("dataElement", key + "#I.5", "orgUnit", "03390", "period", "2026", "value", "3")));
        ResponseEntity<JsonNode> r = send(HttpMethod.POST, "/api/v1/dataValueSets", set);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().toString()).contains("phe-duyet-tinh", "đã khóa");
        assertThat(storedCount()).isEqualTo(1);
    }

    @Test
    void theFormIsReadOnlyAndAPostIsRefusedWith409() {
        String page = http.getForObject(base, String.class);
        assertThat(page).contains("id=\"entry-locked\"", "phe-duyet-tinh").contains("<fieldset class=\"plain\" disabled=\"disabled\">");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("v_" + p.indicator("I.1"), "75");
        form.add("o_" + p.indicator("I.1"), "70");
        form.add("ver_" + p.indicator("I.1"), "1");
        ResponseEntity<String> r = http.postForEntity(base, new HttpEntity<>(form, h), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("phe-duyet-tinh", "Chưa lưu số liệu nào.");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("70");
    }

    @Test
    void anExcelUploadIsRefusedWith409() throws Exception {
        byte[] template = http.getForEntity(base + "/mau.xlsx", byte[].class).getBody();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("Số liệu").getRow(ExcelRoundTripTest.I5 - 1).getCell(ExcelRoundTripTest.VALUE).setCellValue("4");
            wb.write(out);
            filled = out.toByteArray();
        }
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(filled) {
            @Override
            public String getFilename() {
                return "binh-lu.xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> r = http.postForEntity(base + "/excel", new HttpEntity<>(body, h), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("phe-duyet-tinh");
        assertThat(storedCount()).isEqualTo(1);
    }

    int storedCount() {
        return jdbc.sql("SELECT count(*) FROM data_value d JOIN indicator i ON i.id = d.indicator_id WHERE i.programme_id = ?")
                .param(p.id()).query(Integer.class).single();
    }
}
