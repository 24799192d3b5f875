package vn.tiendo.link;

import java.util.List;

/**
 * Every child item with its proposed parent (indicators first, then tasks, in document order) and the parent
 * items that no child item makes concrete ("chưa cụ thể hóa").
 */
public record LinkProposal(List<ProposedLink> links, List<LinkItem> unmatchedParent) {

    public LinkProposal {
        links = List.copyOf(links);
        unmatchedParent = List.copyOf(unmatchedParent);
    }
}
