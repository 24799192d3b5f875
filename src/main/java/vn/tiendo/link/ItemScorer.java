package vn.tiendo.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike a child item and a parent item of the same kind are, in [0, 1] (docs/cascade.md, "Links"):
 * a weighted mean of the text (0.70: rarity-weighted Dice of the folded words 0.6 and Dice of word pairs 0.4),
 * the section or group heading (0.15), the code and the relative position (0.05 each), the unit of measure
 * (0.05) and the years named (0.05); a hint missing on either side is left out of the mean. Text is folded
 * (no diacritics, "đ" → "d", lower case) so text typed without diacritics matches.
 */
final class ItemScorer {

    static final double TEXT = 0.70;
    static final double GROUP = 0.15;
    static final double HINT = 0.05;

    private final Map<String, Double> weight = new HashMap<>();
    private final Map<LinkItem, Profile> childProfiles = new HashMap<>();
    private final Map<LinkItem, Profile> parentProfiles = new HashMap<>();

    private record Profile(Set<String> words, Set<String> pairs, Set<String> groupWords, Set<String> years,
                           String code, String unit, double position) {
    }

    /** Prepares the scorer for these items (word rarity is counted over both sides together). */
    ItemScorer(List<LinkItem> children, List<LinkItem> parents) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (List<LinkItem> side : List.of(children, parents)) {
            for (LinkItem item : side) {
                n++;
                for (String w : new HashSet<>(VietnameseText.tokens(item.title()))) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            weight.put(e.getKey(), Math.log(1.0 + (double) n / e.getValue()));
        }
        children.forEach(c -> childProfiles.put(c, profile(c, children.size())));
        parents.forEach(p -> parentProfiles.put(p, profile(p, parents.size())));
    }

    private static Profile profile(LinkItem item, int count) {
        List<String> words = VietnameseText.tokens(item.title());
        Set<String> years = new LinkedHashSet<>(VietnameseText.years(item.title()));
        years.addAll(VietnameseText.years(item.group()));
        String unit = item.unit() == null || item.unit().isBlank() ? null : String.join(" ", VietnameseText.tokens(item.unit()));
        double position = count <= 1 ? 0 : (double) item.ordinal() / (count - 1);
        return new Profile(new LinkedHashSet<>(words), VietnameseText.bigrams(words),
                new LinkedHashSet<>(VietnameseText.tokens(item.group())), years,
                VietnameseText.fold(item.code()).trim(), unit, position);
    }

    double score(LinkItem child, LinkItem parent) {
        Profile c = childProfiles.get(child);
        Profile p = parentProfiles.get(parent);
        double text = 0.6 * weightedDice(c.words(), p.words()) + 0.4 * dice(c.pairs(), p.pairs());
        double sum = TEXT * text;
        double weights = TEXT;
        if (!c.groupWords().isEmpty() && !p.groupWords().isEmpty()) {
            sum += GROUP * dice(c.groupWords(), p.groupWords());
            weights += GROUP;
        }
        sum += HINT * (c.code().equals(p.code()) ? 1 : 0) + HINT * (1 - Math.abs(c.position() - p.position()));
        weights += 2 * HINT;
        if (c.unit() != null && p.unit() != null) {
            sum += HINT * (p.unit().startsWith(c.unit()) || c.unit().startsWith(p.unit()) ? 1 : 0);
            weights += HINT;
        }
        if (!c.years().isEmpty() && !p.years().isEmpty()) {
            sum += HINT * dice(c.years(), p.years());
            weights += HINT;
        }
        return Math.max(0, Math.min(1, sum / weights));
    }

    private double weightedDice(Set<String> a, Set<String> b) {
        double shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared += weight.getOrDefault(w, 0.0);
            }
        }
        double total = total(a) + total(b);
        return total == 0 ? 0 : 2 * shared / total;
    }

    private double total(Collection<String> words) {
        double t = 0;
        for (String w : words) {
            t += weight.getOrDefault(w, 0.0);
        }
        return t;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
