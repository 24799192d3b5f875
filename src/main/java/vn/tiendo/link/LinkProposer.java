package vn.tiendo.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/**
 * Proposes a parent item for every indicator and task of a child plan (pure; docs/cascade.md, "Links"):
 * every child × parent pair of the same kind is scored by {@link ItemScorer}, then pairs are taken greedily,
 * best score first (ties by document order), each child and each parent at most once, down to
 * {@link #PROPOSE_THRESHOLD}. Parent items left over are "chưa cụ thể hóa".
 */
public final class LinkProposer {

    /** Below this a pair is not proposed at all. */
    public static final double PROPOSE_THRESHOLD = 0.40;
    /** At or above this a proposal is stored by {@code tiendo link --confirm}. */
    public static final double CONFIRM_THRESHOLD = 0.70;

    private record Pair(LinkItem child, LinkItem parent, double score) {
    }

    public LinkProposal propose(ProgrammeDocument child, ProgrammeDocument parent) {
        List<ProposedLink> links = new ArrayList<>();
        List<LinkItem> unmatched = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            List<LinkItem> children = items(child, kind);
            List<LinkItem> parents = items(parent, kind);
            Map<LinkItem, Pair> chosen = match(children, parents);
            Set<LinkItem> used = new HashSet<>();
            for (LinkItem c : children) {
                Pair p = chosen.get(c);
                links.add(p == null ? new ProposedLink(kind, c, null, 0) : new ProposedLink(kind, c, p.parent(), round(p.score())));
                if (p != null) {
                    used.add(p.parent());
                }
            }
            parents.stream().filter(p -> !used.contains(p)).forEach(unmatched::add);
        }
        return new LinkProposal(links, unmatched);
    }

    private static Map<LinkItem, Pair> match(List<LinkItem> children, List<LinkItem> parents) {
        ItemScorer scorer = new ItemScorer(children, parents);
        List<Pair> pairs = new ArrayList<>();
        for (LinkItem c : children) {
            for (LinkItem p : parents) {
                double s = scorer.score(c, p);
                if (s >= PROPOSE_THRESHOLD) {
                    pairs.add(new Pair(c, p, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(p -> p.child().ordinal()).thenComparingInt(p -> p.parent().ordinal()));
        Map<LinkItem, Pair> chosen = new HashMap<>();
        Set<LinkItem> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!chosen.containsKey(pair.child()) && !taken.contains(pair.parent())) {
                chosen.put(pair.child(), pair);
                taken.add(pair.parent());
            }
        }
        return chosen;
    }

    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** The programme's indicators (sub-indicators after their parent) or tasks, in document order. */
    public static List<LinkItem> items(ProgrammeDocument doc, LinkKind kind) {
        List<LinkItem> out = new ArrayList<>();
        if (kind == LinkKind.TASK) {
            for (Task t : doc.tasks()) {
                out.add(new LinkItem(kind, t.code(), t.title(), t.group(), null, out.size()));
            }
        } else {
            addIndicators(doc.indicators(), out);
        }
        return out;
    }

    private static void addIndicators(List<Indicator> indicators, List<LinkItem> out) {
        for (Indicator i : indicators) {
            out.add(new LinkItem(LinkKind.INDICATOR, i.code(), i.name(), i.section(), i.unit(), out.size()));
            addIndicators(i.children(), out);
        }
    }
}
