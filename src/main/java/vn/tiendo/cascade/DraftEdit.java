package vn.tiendo.cascade;

import java.util.Map;
import java.util.Set;

/**
 * One save of the draft editor: targets as typed per indicator code and year ("85", "≥ 80", "" clears), baselines as
 * typed per indicator code, and the indicator and task codes to drop. {@code version} is the draft's version shown.
 */
public record DraftEdit(int version, Map<String, Map<Integer, String>> targets, Map<String, String> baselines,
                        Set<String> dropIndicators, Set<String> dropTasks) {

    public DraftEdit {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        baselines = baselines == null ? Map.of() : Map.copyOf(baselines);
        dropIndicators = dropIndicators == null ? Set.of() : Set.copyOf(dropIndicators);
        dropTasks = dropTasks == null ? Set.of() : Set.copyOf(dropTasks);
    }
}
