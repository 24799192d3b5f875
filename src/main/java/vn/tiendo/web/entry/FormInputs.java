package vn.tiendo.web.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.VietnameseNumber;

/**
 * What the entry form posted (v_ value, n_ note, o_/on_ what was shown, ver_ the version seen, per indicator):
 * the changed rows as inputs, the refusals found before validation, and everything typed (to show it again).
 */
record FormInputs(List<ValueInput> inputs, List<EntryError> errors, Map<Long, String[]> typed) {

    static FormInputs of(EntrySheet sheet, MultiValueMap<String, String> params) {
        List<ValueInput> inputs = new ArrayList<>();
        List<EntryError> errors = new ArrayList<>();
        Map<Long, String[]> typed = new HashMap<>();
        for (EntrySheet.Row row : sheet.rows()) {
            long id = row.indicator().id();
            String value = params.getFirst("v_" + id);
            String note = params.getFirst("n_" + id);
            if (value == null) {
                continue;
            }
            typed.put(id, new String[] {value, note});
            boolean changed = !value.strip().equals(nz(params.getFirst("o_" + id))) || !nz(note).strip().equals(nz(params.getFirst("on_" + id)));
            if (!changed) {
                continue;
            }
            Field field = new Field("v_" + id, "Chỉ tiêu " + row.indicator().code());
            if (value.isBlank()) {
                errors.add(new EntryError(field, "để trống không xóa được số liệu đã báo cáo; hãy nhập giá trị đúng"));
                continue;
            }
            inputs.add(new ValueInput(id, sheet.unit().id(), sheet.period(), value, VietnameseNumber.Policy.OFFICER,
                    ExpectedVersion.parse(params.getFirst("ver_" + id)), note, field));
        }
        return new FormInputs(inputs, errors, typed);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
