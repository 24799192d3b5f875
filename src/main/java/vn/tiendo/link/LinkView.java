package vn.tiendo.link;

import java.util.List;
import java.util.Map;

/**
 * Everything the side-by-side page shows: both programmes, the proposal, the stored links (by
 * {@code kind + " " + childCode}) and the parent's items to choose from.
 */
public record LinkView(long childId, String childNumber, String childUnit, long childUnitId,
                       long parentId, String parentNumber, String parentUnit,
                       LinkProposal proposal, Map<String, StoredLink> stored,
                       List<LinkItem> parentIndicators, List<LinkItem> parentTasks) {

    public static String key(LinkKind kind, String childCode) {
        return kind.json() + " " + childCode;
    }
}
