package vn.tiendo.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/**
 * Parent and child side by side: rows pair an item of the parent with its child (by stored link, else by code), and
 * each row says what differs — wording, targets, bodies, time frame — or that the item was dropped or added.
 */
public final class ProgrammeDiff {

    /** One row; {@code parent} or {@code child} is null for a dropped or added item; {@code changes} names what differs. */
    public record Row(String kind, String parentCode, String parent, String parentDetail, String childCode, String child,
                      String childDetail, List<String> changes) {
        public String state() {
            return parent == null ? "added" : child == null ? "dropped" : changes.isEmpty() ? "same" : "changed";
        }
    }

    private ProgrammeDiff() {
    }

    /**
     * @param links child code → parent code for indicators ("i:" prefix) and tasks ("t:" prefix); when empty, match by code
     */
    public static List<Row> of(ProgrammeDocument parent, ProgrammeDocument child, Map<String, String> links) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(indicators(flat(parent.indicators()), flat(child.indicators()), prefixed(links, "i:")));
        rows.addAll(tasks(parent.tasks(), child.tasks(), prefixed(links, "t:")));
        return rows;
    }

    private static Map<String, String> prefixed(Map<String, String> links, String prefix) {
        return links.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(2), e -> e.getValue().substring(2)));
    }

    private static List<Indicator> flat(List<Indicator> list) {
        List<Indicator> out = new ArrayList<>();
        list.forEach(i -> {
            out.add(i);
            out.addAll(i.children());
        });
        return out;
    }

    private static List<Row> indicators(List<Indicator> parents, List<Indicator> children, Map<String, String> links) {
        Map<String, Indicator> childByParent = pair(children, Indicator::code, links);
        Set<String> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Indicator p : parents) {
            Indicator c = childByParent.get(p.code());
            if (c == null) {
                rows.add(new Row("indicator", p.code(), p.name(), targets(p), null, null, null, List.of("bỏ")));
                continue;
            }
            used.add(c.code());
            List<String> changes = new ArrayList<>();
            if (!same(p.name(), c.name())) {
                changes.add("nội dung");
            }
            if (!targets(p).equals(targets(c))) {
                changes.add("chỉ tiêu");
            }
            if (!p.trackedBy().equals(c.trackedBy())) {
                changes.add("cơ quan");
            }
            rows.add(new Row("indicator", p.code(), p.name(), targets(p), c.code(), c.name(), targets(c), changes));
        }
        children.stream().filter(c -> !used.contains(c.code()))
                .forEach(c -> rows.add(new Row("indicator", null, null, null, c.code(), c.name(), targets(c), List.of("thêm"))));
        return rows;
    }

    private static List<Row> tasks(List<Task> parents, List<Task> children, Map<String, String> links) {
        Map<String, Task> childByParent = pair(children, Task::code, links);
        Set<String> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Task p : parents) {
            Task c = childByParent.get(p.code());
            if (c == null) {
                rows.add(new Row("task", p.code(), p.title(), detail(p), null, null, null, List.of("bỏ")));
                continue;
            }
            used.add(c.code());
            List<String> changes = new ArrayList<>();
            if (!same(p.title(), c.title())) {
                changes.add("nội dung");
            }
            if (!p.lead().equals(c.lead()) || !p.coordinating().equals(c.coordinating())) {
                changes.add("cơ quan");
            }
            if (!Objects.equals(p.timeframe() == null ? null : p.timeframe().text(), c.timeframe() == null ? null : c.timeframe().text())) {
                changes.add("thời gian");
            }
            rows.add(new Row("task", p.code(), p.title(), detail(p), c.code(), c.title(), detail(c), changes));
        }
        children.stream().filter(c -> !used.contains(c.code()))
                .forEach(c -> rows.add(new Row("task", null, null, null, c.code(), c.title(), detail(c), List.of("thêm"))));
        return rows;
    }

    /** Children keyed by the parent code they belong to: the stored link, else the same code. */
    private static <T> Map<String, T> pair(List<T> children, java.util.function.Function<T, String> code, Map<String, String> links) {
        Map<String, T> m = new HashMap<>();
        for (T c : children) {
            String parent = links.isEmpty() ? code.apply(c) : links.get(code.apply(c));
            if (parent != null) {
                m.putIfAbsent(parent, c);
            }
        }
        return m;
    }

    private static boolean same(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("[\\s.]+$", "").replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String targets(Indicator i) {
        return i.targets().stream().map(t -> t.year() + ": " + t.text()).collect(Collectors.joining("; "))
                + (i.baseline() == null ? "" : " (2025: " + i.baseline().text() + ")");
    }

    private static String detail(Task t) {
        return "Chủ trì: " + String.join(", ", t.lead()) + (t.coordinating().isEmpty() ? "" : " · Phối hợp: " + String.join(", ", t.coordinating()))
                + (t.timeframe() == null ? "" : " · " + t.timeframe().text());
    }

}
