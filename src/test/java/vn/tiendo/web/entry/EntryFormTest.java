package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.EntryFixtures;

@TiendoTest
class EntryFormTest extends BinhLuEntryTestBase {


    ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity(path, new HttpEntity<>(form, h), String.class);
    }

    MultiValueMap<String, String> row(String code, String value, String original, String version) {
        long id = p.indicator(code);
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("v_" + id, value);
        f.add("o_" + id, original);
        f.add("ver_" + id, version);
        f.add("n_" + id, "");
        f.add("on_" + id, "");
        return f;
    }

    @Test
    void theFormListsTheIndicatorsWithTargetsAndUnits() {
        String page = http.getForObject(base, String.class);
        assertThat(page).contains("Xã Bình Lư", "Năm 2026", "Trường đạt chuẩn quốc gia", "Mầm non", "72,6", "21 (8/38)", "4.700",
                "Người", "Chưa đạt", "Tải mẫu Excel");
    }

    @Test
    void savingTheFormStoresTheVietnameseNumberAndShowsIt() {
        MultiValueMap<String, String> form = row("I.1", "71,9", "", "");
        form.addAll(row("I.3", "4.700", "", ""));
        form.addAll(row("I.4", "Đạt", "", ""));
        ResponseEntity<String> r = post(base, form);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("Đã lưu 3 số liệu (3 mới, 0 sửa)");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("4700");
        assertThat(values.find(p.indicator("I.4"), binhLu, "2026").orElseThrow().text()).isEqualTo("Đạt");
        assertThat(http.getForObject(base, String.class)).contains("value=\"71,9\"", "value=\"4.700\"");
    }

    @Test
    void errorsAreShownNextToTheFieldAndNothingIsSaved() {
        MultiValueMap<String, String> form = row("I.1", "71,9", "", "");
        form.addAll(row("I.2", "1.5", "", ""));
        form.addAll(row("I.5", "-2", "", ""));
        ResponseEntity<String> r = post(base, form);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody()).contains("Chỉ tiêu I.2: &quot;1.5&quot; không rõ nghĩa", "ví dụ 1,5", "Chỉ tiêu I.5: số liệu không được âm",
                "class=\"field-error error\"", "value=\"1.5\"");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026")).isEmpty();
    }

    @Test
    void aStaleFormIsRefusedWith409AndSaysWhoSavedFirst() {
        assertThat(post(base, row("I.1", "71,9", "", "")).getStatusCode()).isEqualTo(HttpStatus.OK);
        // a second officer who opened the form before the first save still has no version
        ResponseEntity<String> r = post(base, row("I.1", "80", "", ""));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("đã được", "cập nhật lúc", "hãy tải lại");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
        ResponseEntity<String> tampered = post(base, row("I.1", "80", "71,9", "một"));
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tampered.getBody()).contains("Phiên bản &quot;một&quot; không hợp lệ");
        // after reloading (version 1) the change goes through
        assertThat(post(base, row("I.1", "80", "71,9", "1")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aProvinceDoesNotGetTheCommuneIndicatorsAndUnknownUnitsAre404() {
        assertThat(http.getForObject("/nhap-lieu/" + p.id() + "/12/2026", String.class)).contains("không báo cáo chỉ tiêu nào");
        ResponseEntity<String> missing = http.getForEntity("/nhap-lieu/" + p.id() + "/99999/2026", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("Không có đơn vị mã 99999");
        assertThat(http.getForEntity("/nhap-lieu/" + p.id() + "/03390/2026Q5", String.class).getBody()).contains("Mã kỳ không hợp lệ");
    }

    @Test
    void taskProgressIsSavedWithLockingAndValidation() {
        String tasks = base + "/nhiem-vu";
        long task = p.tasks().get("B.I.1");
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("s_" + task, "IN_PROGRESS");
        f.add("p_" + task, "60");
        f.add("n_" + task, "Đã ban hành dự thảo");
        f.add("ver_" + task, "");
        assertThat(post(tasks, f).getBody()).contains("Đã lưu 1 báo cáo nhiệm vụ");
        assertThat(jdbc.sql("SELECT progress_percent FROM task_report WHERE task_id = ?").param(task).query(Integer.class).single()).isEqualTo(60);

        f.set("s_" + task, "DONE");
        f.set("ver_" + task, "1");
        ResponseEntity<String> bad = post(tasks, f);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getBody()).contains("Nhiệm vụ B.I.1: đã chọn &quot;Hoàn thành&quot; thì tiến độ phải là 100%");

        f.set("p_" + task, "100");
        f.set("ver_" + task, "");
        assertThat(post(tasks, f).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        f.set("ver_" + task, "1");
        assertThat(post(tasks, f).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT status FROM task_report WHERE task_id = ?").param(task).query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'task_report' AND object_id LIKE ?")
                .param(task + "/%").query(Integer.class).single()).isEqualTo(2);
        assertThat(List.of(http.getForObject(tasks, String.class))).allMatch(s -> s.contains("Hoàn thành"));
    }
}
