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
