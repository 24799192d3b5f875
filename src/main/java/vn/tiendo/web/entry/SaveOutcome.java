package vn.tiendo.web.entry;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.SaveResult;
import vn.tiendo.entry.StaleValueException;

/**
 * Turns a save from a page (form or Excel upload) into the form to show: the fresh sheet and a
 * message on success; the user's input with every refusal (422) or conflict (409) otherwise.
 */
final class SaveOutcome {

    private SaveOutcome() {
    }

    static EntryForm render(Supplier<SaveResult> save, Supplier<EntrySheet> reload, EntrySheet sheet, Map<Long, String[]> typed,
                            Function<SaveResult, String> success, String refusedPrefix, HttpServletResponse response) {
        try {
            SaveResult result = save.get();
            return EntryForm.of(reload.get()).withMessage(success.apply(result));
        } catch (EntryRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return EntryForm.of(sheet).withTyped(typed, e.errors().stream().map(x -> new EntryForm.Problem(x.field().key(), x.text())).toList(),
                    refusedPrefix + "có " + e.errors().size() + " lỗi, chưa lưu số liệu nào.");
        } catch (vn.tiendo.entry.LockedReportException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return EntryForm.of(sheet).withTyped(typed, e.refusals().stream().map(m -> new EntryForm.Problem("locked", m)).toList(),
                    refusedPrefix + e.getMessage() + " Chưa lưu số liệu nào.");
        } catch (StaleValueException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return EntryForm.of(sheet).withTyped(typed, e.conflicts().stream().map(c -> new EntryForm.Problem(c.field().key(), c.text())).toList(),
                    refusedPrefix + "số liệu đã được người khác cập nhật; hãy tải lại trang. Chưa lưu số liệu nào.");
        }
    }
}
