package vn.tiendo.entry;

import java.util.List;

/** What a save did: values created, updated, and sent again unchanged (ignored), and the values now stored. */
public record SaveResult(int created, int updated, int unchanged, List<StoredValue> stored) {

    public int changed() {
        return created + updated;
    }
}
