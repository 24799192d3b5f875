package vn.tiendo.link;

/**
 * What the officer decided for one child item on the side-by-side page.
 *
 * @param parentCode      the parent item chosen (the proposal or a correction), or null to leave or make it unlinked
 * @param expectedVersion the version of the stored link the officer saw, or null when none was stored
 */
public record LinkDecision(LinkKind kind, String childCode, String parentCode, Integer expectedVersion) {
}
