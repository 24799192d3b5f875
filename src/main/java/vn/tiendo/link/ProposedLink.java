package vn.tiendo.link;

/**
 * A proposed parent for one child item, or none ({@code parent} null, confidence 0).
 *
 * @param confidence in [0, 1]; proposals at or above {@link LinkProposer#CONFIRM_THRESHOLD} are confirmed by
 *                   {@code tiendo link --confirm}
 */
public record ProposedLink(LinkKind kind, LinkItem child, LinkItem parent, double confidence) {

    public boolean confirmable() {
        return parent != null && confidence >= LinkProposer.CONFIRM_THRESHOLD;
    }
}
