package vn.tiendo.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tiendo.bodies.BodyNames;

/**
 * The body mapping as a function from a provincial body name to commune body names, matched on
 * {@link BodyNames#key} ("UBKT Tỉnh ủy" = "Ủy ban Kiểm tra Tỉnh ủy"). A name without a row is kept as written.
 */
public final class BodyMap {

    private final Map<String, List<String>> byKey = new HashMap<>();

    public BodyMap(List<BodyMapping> rows) {
        for (BodyMapping row : rows) {
            byKey.put(BodyNames.key(row.provinceName()), row.communeNames());
        }
    }

    /** The commune names of the bodies, in order, each once. */
    public List<String> apply(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            out.addAll(byKey.getOrDefault(BodyNames.key(name), List.of(name)));
        }
        return new ArrayList<>(out);
    }

    public boolean maps(String name) {
        return byKey.containsKey(BodyNames.key(name));
    }

    /**
     * A cycle the rows would make (names along it, first repeated at the end; walked from the first row), following each commune name
     * as a provincial name of another row; empty when there is none.
     */
    public static Optional<List<String>> cycle(List<BodyMapping> rows) {
        Map<String, List<String>> edges = new java.util.LinkedHashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (BodyMapping row : rows) {
            String from = BodyNames.key(row.provinceName());
            shown.putIfAbsent(from, row.provinceName());
            for (String to : row.communeNames()) {
                edges.computeIfAbsent(from, k -> new ArrayList<>()).add(BodyNames.key(to));
                shown.putIfAbsent(BodyNames.key(to), to);
            }
        }
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = walk(start, edges, path, done);
            if (found.isPresent()) {
                return Optional.of(found.get().stream().map(shown::get).toList());
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> walk(String node, Map<String, List<String>> edges, List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> loop = new ArrayList<>(path.subList(at, path.size()));
            loop.add(node);
            return Optional.of(loop);
        }
        if (done.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            Optional<List<String>> found = walk(next, edges, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }
}
