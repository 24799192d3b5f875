package vn.tiendo.cascade;

import java.util.Map;

/** One indicator line of the draft editor: the commune's baseline and targets beside the province's targets. */
public record DraftRow(String code, String name, String unit, boolean child, String baseline, Map<Integer, String> parentTargets,
                       Map<Integer, String> targets) {
}
