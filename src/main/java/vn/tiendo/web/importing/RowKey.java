package vn.tiendo.web.importing;

import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/**
 * Addresses a row of the review tables: "c3" is the fourth indicator, "c3-1" its second sub-indicator,
 * "n5" the sixth task. Safe because every change is checked against the draft's version.
 */
record RowKey(char kind, int index, int child) {

    static RowKey indicator(int index, int child) {
        return new RowKey('c', index, child);
    }

    static RowKey task(int index) {
        return new RowKey('n', index, -1);
    }

    static RowKey parse(String text) {
        try {
            char kind = text.charAt(0);
            String[] parts = text.substring(1).split("-", 2);
            int index = Integer.parseInt(parts[0]);
            int child = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            if ((kind != 'c' && kind != 'n') || index < 0 || (kind == 'n' && child >= 0)) {
                throw new IllegalArgumentException();
            }
            return new RowKey(kind, index, child);
        } catch (RuntimeException e) {
            throw new DraftEditor.EditRejected("Không có hàng \"" + text + "\" trong bản nháp.");
        }
    }

    static Indicator indicator(ProgrammeDocument doc, RowKey key) {
        if (key.kind != 'c' || key.index >= doc.indicators().size()) {
            throw missing(key);
        }
        Indicator i = doc.indicators().get(key.index);
        if (key.child < 0) {
            return i;
        }
        if (key.child >= i.children().size()) {
            throw missing(key);
        }
        return i.children().get(key.child);
    }

    static Task task(ProgrammeDocument doc, RowKey key) {
        if (key.kind != 'n' || key.index >= doc.tasks().size()) {
            throw missing(key);
        }
        return doc.tasks().get(key.index);
    }

    private static DraftEditor.EditRejected missing(RowKey key) {
        return new DraftEditor.EditRejected("Không có hàng \"" + key + "\" trong bản nháp (có thể đã bị bỏ).");
    }

    @Override
    public String toString() {
        return kind + Integer.toString(index) + (child >= 0 ? "-" + child : "");
    }
}
