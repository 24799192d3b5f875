package vn.tiendo.entry;

/**
 * The version of a stored value the user saw when entering a new one (optimistic locking).
 * {@code version == null} means "there was no value yet"; {@code any} accepts whatever is stored
 * (DHIS2 dataValueSets imports, which carry no version).
 */
public record ExpectedVersion(boolean any, Integer version) {

    public static ExpectedVersion of(Integer version) {
        return new ExpectedVersion(false, version);
    }

    /** The version a form sent back: blank when there was no value; anything else but a number is refused. */
    public static ExpectedVersion parse(String formValue) {
        String v = formValue == null ? "" : formValue.strip();
        if (v.isEmpty()) {
            return none();
        }
        if (!v.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("Phiên bản \"" + v + "\" không hợp lệ; hãy tải lại trang.");
        }
        return of(Integer.valueOf(v));
    }

    public static ExpectedVersion none() {
        return new ExpectedVersion(false, null);
    }

    public static ExpectedVersion anyVersion() {
        return new ExpectedVersion(true, null);
    }

    /** True when what is stored now ({@code current}, null when nothing) is what the user saw. */
    public boolean matches(Integer current) {
        return any || java.util.Objects.equals(version, current);
    }
}
