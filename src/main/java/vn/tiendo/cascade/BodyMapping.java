package vn.tiendo.cascade;

import java.util.List;

/** One row of the body mapping (ánh xạ cơ quan): a provincial body and the commune body or bodies it becomes. */
public record BodyMapping(long id, String provinceName, List<String> communeNames, int version) {

    public BodyMapping {
        communeNames = List.copyOf(communeNames);
    }
}
