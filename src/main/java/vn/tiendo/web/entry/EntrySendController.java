package vn.tiendo.web.entry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.LockedReportException;
import vn.tiendo.entry.SaveResult;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;

/**
 * The entry form sent by its script (static/js/entry-offline.js), also when values kept on the officer's device are
 * replayed after a lost connection or an expired session: the same inputs as the form POST, answered in JSON with a
 * result per value — saved, in conflict (with the saved value, who saved it and when, and its version, so the
 * officer can choose) — or the whole send refused (invalid input, or the report approved and locked). All or nothing,
 * through {@link DataValueService}; its optimistic locking decides conflicts.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden  // the entry page's own script (session + CSRF), not the token API of /api/v1
class EntrySendController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EntrySheets sheets;
    private final DataValueService service;
    private final AccessPolicy access;

    EntrySendController(EntrySheets sheets, DataValueService service, AccessPolicy access) {
        this.sheets = sheets;
        this.service = service;
        this.access = access;
    }

    /** One value as it stands after the send: {@code result} is saved, conflict or unsent. */
    record Value(long id, String key, String code, String result, String yours, String yourNote, String saved, String savedNote,
                 String savedBy, String savedAt, Integer version) {
    }

    /** {@code outcome}: saved, conflict, locked or rejected; {@code problems}: refusals by field key ("v_12", or "locked"). */
    record Reply(String outcome, String message, List<Value> values, List<EntryForm.Problem> problems) {
    }

    @PostMapping(path = "/nhap-lieu/{programmeId}/{unitCode}/{period}/gui", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Reply> send(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                               @RequestParam MultiValueMap<String, String> params) {
        EntrySheet sheet = sheets.build(programmeId, unitCode, Period.parse(period));
        access.require(AccessPolicy.Permission.REPORT, sheet.unit().id());
        FormInputs posted = FormInputs.of(sheet, params);
        try {
            SaveResult r = service.save(posted.inputs(), posted.errors());
            String message = r.changed() == 0 ? "Không có số liệu nào thay đổi."
                    : "Đã lưu " + r.changed() + " số liệu (" + r.created() + " mới, " + r.updated() + " sửa).";
            return reply(HttpStatus.OK, "saved", message, reload(sheet), posted.typed(), Set.of(), List.of());
        } catch (EntryRejectedException e) {
            return reply(HttpStatus.UNPROCESSABLE_ENTITY, "rejected", "Chưa lưu: có " + e.errors().size() + " lỗi, chưa lưu số liệu nào.",
                    sheet, posted.typed(), Set.of(), e.errors().stream().map(x -> new EntryForm.Problem(x.field().key(), x.text())).toList());
        } catch (LockedReportException e) {
            return reply(HttpStatus.CONFLICT, "locked", "Chưa lưu: " + e.getMessage() + " Số liệu bạn nhập vẫn được giữ trên máy này.",
                    sheet, posted.typed(), Set.of(), e.refusals().stream().map(m -> new EntryForm.Problem("locked", m)).toList());
        } catch (StaleValueException e) {
            Set<String> keys = e.conflicts().stream().map(c -> c.field().key()).collect(Collectors.toSet());
            return reply(HttpStatus.CONFLICT, "conflict", "Chưa lưu: " + keys.size() + " số liệu đã được người khác cập nhật trong lúc"
                    + " bạn nhập. Hãy chọn giữ số nào cho từng chỉ tiêu rồi gửi lại. Chưa lưu số liệu nào.",
                    reload(sheet), posted.typed(), keys, List.of());
        }
    }

    private EntrySheet reload(EntrySheet sheet) {
        return sheets.build(sheet.programme().id(), sheet.unit().code(), sheet.period());
    }

    private static ResponseEntity<Reply> reply(HttpStatus status, String outcome, String message, EntrySheet sheet,
                                               Map<Long, String[]> typed, Set<String> conflicts, List<EntryForm.Problem> problems) {
        List<Value> values = sheet.rows().stream().map(row -> {
            long id = row.indicator().id();
            String key = "v_" + id;
            String[] t = typed.get(id);
            String result = conflicts.contains(key) ? "conflict" : "saved".equals(outcome) ? "saved" : "unsent";
            return new Value(id, key, row.indicator().code(), result, t == null ? null : t[0], t == null || t[1] == null ? "" : t[1],
                    row.currentDisplay(), row.currentComment(), row.current() == null ? null : row.current().updatedBy(),
                    row.current() == null ? null : WHEN.format(row.current().updatedAt()), row.version());
        }).toList();
        return ResponseEntity.status(status).body(new Reply(outcome, message, values, problems));
    }
}
