package vn.tiendo.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.tiendo.programme.NumberInputException;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.task.WorkItem;

/**
 * Checks an officer's progress report on one occurrence, gathering every refusal (in Vietnamese, naming the
 * field) so that nothing is stored unless all of it is right. The officer says only Chưa thực hiện, Đang thực
 * hiện (0–99 %) or Hoàn thành (100 %, with the completion day); on time or overdue is computed, never typed.
 */
final class ProgressCheck {

    /** What an officer may say. */
    enum Said {
        NOT_STARTED("Chưa thực hiện"), IN_PROGRESS("Đang thực hiện"), DONE("Hoàn thành");

        final String label;

        Said(String label) {
            this.label = label;
        }
    }

    /** The checked values. */
    record Checked(Said said, int percent, LocalDate completedOn, String note) {
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    static final int MAX_NOTE = 8000;

    private ProgressCheck() {
    }

    /** The checked values, or null when {@code errors} got a refusal. */
    static Checked check(OccurrenceProgressInput in, WorkItem occurrence, LocalDate today, List<EntryError> errors) {
        String place = "Nhiệm vụ " + occurrence.taskCode() + " (" + occurrence.occurrence().period() + ")";
        int before = errors.size();
        Said said = said(in.status());
        if (said == null) {
            errors.add(new EntryError(new Field("status", place + ", tình trạng"), "\"" + nz(in.status()).strip()
                    + "\" không hợp lệ; chọn Chưa thực hiện, Đang thực hiện hoặc Hoàn thành (đúng hạn hay quá hạn do hệ thống tự tính)"));
            return null;
        }
        if (said == Said.DONE && occurrence.occurrence().ongoing()) {
            errors.add(new EntryError(new Field("status", place + ", tình trạng"),
                    "nhiệm vụ thực hiện thường xuyên không bao giờ \"Hoàn thành\"; hãy chọn Đang thực hiện"));
        }
        Integer percent = percent(in.percent(), said, new Field("percent", place + ", tỷ lệ hoàn thành"), errors);
        LocalDate completed = said == Said.DONE ? completedOn(in.completedOn(), today, new Field("completedOn", place
                + ", ngày hoàn thành"), errors) : null;
        String note = nz(in.note()).strip();
        if (note.length() > MAX_NOTE) {
            errors.add(new EntryError(new Field("note", place + ", diễn giải"), "dài quá " + MAX_NOTE + " ký tự"));
        }
        return errors.size() > before ? null : new Checked(said, percent, completed, note.isEmpty() ? null : note);
    }

    static Said said(String s) {
        String v = nz(s).strip();
        for (Said x : Said.values()) {
            if (x.name().equalsIgnoreCase(v) || x.label.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        return null;
    }

    private static Integer percent(String typed, Said said, Field field, List<EntryError> errors) {
        String t = nz(typed).strip().replace("%", "").strip();
        if (t.isEmpty()) {
            if (said == Said.IN_PROGRESS) {
                errors.add(new EntryError(field, "hãy nhập tỷ lệ đã thực hiện, từ 0 đến 99 (%)"));
                return null;
            }
            return said == Said.DONE ? 100 : 0;
        }
        int p;
        try {
            BigDecimal v = VietnameseNumber.parse(t, VietnameseNumber.Policy.OFFICER);
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0 || v.stripTrailingZeros().scale() > 0) {
                errors.add(new EntryError(field, "phải là số nguyên từ 0 đến 100 (%), đã nhập " + t));
                return null;
            }
            p = v.intValue();
        } catch (NumberInputException e) {
            errors.add(new EntryError(field, "phải là số nguyên từ 0 đến 100 (%): " + e.getMessage()));
            return null;
        }
        String wrong = switch (said) {
            case NOT_STARTED -> p == 0 ? null : "chưa thực hiện thì tỷ lệ là 0%; đã làm " + p + "% thì chọn Đang thực hiện";
            case IN_PROGRESS -> p < 100 ? null : "đã xong 100% thì chọn Hoàn thành và ghi ngày hoàn thành";
            case DONE -> p == 100 ? null : "đã chọn Hoàn thành thì tỷ lệ phải là 100%, đã nhập " + p + "%";
        };
        if (wrong != null) {
            errors.add(new EntryError(field, wrong));
            return null;
        }
        return p;
    }

    private static LocalDate completedOn(String typed, LocalDate today, Field field, List<EntryError> errors) {
        String t = nz(typed).strip();
        if (t.isEmpty()) {
            return today;
        }
        LocalDate d;
        try {
            d = t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new EntryError(field, "\"" + t + "\" không phải ngày; ghi dạng 30/9/2026"));
            return null;
        }
        if (d.isAfter(today)) {
            errors.add(new EntryError(field, "ngày " + DMY.format(d) + " còn ở tương lai (hôm nay " + DMY.format(today) + ")"));
            return null;
        }
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
