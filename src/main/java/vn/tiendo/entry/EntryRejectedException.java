package vn.tiendo.entry;

import java.util.List;
import java.util.stream.Collectors;

/** The whole input was refused and nothing was stored; lists every error at once. */
public class EntryRejectedException extends RuntimeException {

    private final List<EntryError> errors;

    public EntryRejectedException(List<EntryError> errors) {
        super(errors.stream().map(EntryError::text).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<EntryError> errors() {
        return errors;
    }
}
