package vn.tiendo.monitoring;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.storage.ReplicaReads;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ValueType;

/**
 * Reads a programme's indicators with the owning unit's baseline, targets and formula, in document order.
 * The plan is cached per programme and reloaded when {@code programme.version} changes (import with
 * replace gives a new programme id; publishing and a formula change bump the version). Reads go to the replica in a
 * GET when one is configured and fresh enough (storage.ReplicaReads).
 */
@Repository
public class ProgrammeIndicators {

    private final JdbcClient jdbc;
    private final ProgrammeHeads heads;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public ProgrammeIndicators(@ReplicaReads JdbcClient jdbc, ProgrammeHeads heads) {
        this.jdbc = jdbc;
        this.heads = heads;
    }

    private record Cached(int version, List<IndicatorRow> rows) {
    }

    /** What a request needs to know of a programme first: its version and owning unit (kept in memory: {@link ProgrammeHeads}). */
    public record ProgrammeHead(long id, int version, long ownerId) {
    }

    public Optional<ProgrammeHead> head(long programmeId) {
        return heads.of(programmeId);
    }

    /** The head of the programme an indicator belongs to. */
    public Optional<ProgrammeHead> headOfIndicator(long indicatorId) {
        return heads.ofIndicator(indicatorId);
    }

    public List<IndicatorRow> of(long programmeId) {
        Optional<ProgrammeHead> head = head(programmeId);
        if (head.isEmpty()) {
            cache.remove(programmeId);
            return List.of();
        }
        return of(head.get());
    }

    /** The indicators of the programme as of {@code head}'s version. */
    public List<IndicatorRow> of(ProgrammeHead head) {
        Cached hit = cache.get(head.id());
        if (hit != null && hit.version() == head.version()) {
            return hit.rows();
        }
        // read after the version: the rows are at least as new as the version they are cached under
        List<IndicatorRow> rows = List.copyOf(load(head.id()));
        cache.put(head.id(), new Cached(head.version(), rows));
        return rows;
    }

    private List<IndicatorRow> load(long programmeId) {
        Map<Long, TreeMap<Integer, IndicatorPlan.Goal>> targets = new HashMap<>();
        jdbc.sql("""
                SELECT t.indicator_id, t.period, t.comparator, t.value, t.text
                  FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN programme p ON p.id = i.programme_id
                 WHERE i.programme_id = ? AND t.org_unit_id = p.org_unit_id AND t.period ~ '^[0-9]{4}$'""")
                .param(programmeId)
                .query((ResultSet rs) -> {
                    int year = Integer.parseInt(rs.getString("period"));
                    targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new TreeMap<>()).put(year,
                            new IndicatorPlan.Goal(year,
                                    // a qualitative target has no comparator: it is met when the text is reached
                                    rs.getString("comparator") == null ? Comparator.EQ : Comparator.ofSymbol(rs.getString("comparator")), rs.getBigDecimal("value"),
                                    rs.getString("text")));
                });
        overlayTargetsBeforeAmendments(programmeId, targets);
        List<IndicatorRow> flat = jdbc.sql("""
                SELECT i.*, f.kind FROM indicator i JOIN effective_formula f ON f.indicator_id = i.id
                 WHERE i.programme_id = ? ORDER BY i.parent_id NULLS FIRST, i.ordinal""")
                .param(programmeId)
                .query((rs, n) -> new IndicatorRow(rs.getLong("id"), (Long) rs.getObject("parent_id"), 0, rs.getString("code"),
                        rs.getString("name"), rs.getString("unit"), rs.getString("baseline_text"),
                        new IndicatorPlan(ValueType.valueOf(rs.getString("value_type")), Direction.valueOf(rs.getString("direction")),
                                (Integer) rs.getObject("baseline_year"), rs.getBigDecimal("baseline_value"),
                                targets.get(rs.getLong("id")), Measure.valueOf(rs.getString("measure")), overall(rs)),
                        FormulaKind.valueOf(rs.getString("kind")), rs.getString("section")))
                .list();
        List<IndicatorRow> out = new ArrayList<>();
        addChildren(null, 0, flat, out);
        return out;
    }

    /** The overall target as written, null when the indicator has none. */
    private static OverallTarget overall(ResultSet rs) throws java.sql.SQLException {
        String text = rs.getString("overall_text");
        if (text == null) {
            return null;
        }
        String c = rs.getString("overall_comparator");
        return new OverallTarget(text, c == null ? null : Comparator.ofSymbol(c), rs.getBigDecimal("overall_value"),
                (Integer) rs.getObject("overall_from_year"), (Integer) rs.getObject("overall_to_year"));
    }

    /** Document order: each indicator followed by its sub-indicators. */
    private static void addChildren(Long parent, int depth, List<IndicatorRow> flat, List<IndicatorRow> out) {
        for (IndicatorRow r : flat) {
            if (Objects.equals(r.parentId(), parent)) {
                out.add(new IndicatorRow(r.id(), r.parentId(), depth, r.code(), r.name(), r.unit(), r.baselineText(), r.plan(),
                        r.formula(), r.section()));
                addChildren(r.id(), depth + 1, flat, out);
            }
        }
    }

    /**
     * Sửa đổi, bổ sung: a year before an amendment's effective year keeps the target in force then
     * (table target_before_amendment, written by programmes.ProgrammeAmendments).
     */
    private void overlayTargetsBeforeAmendments(long programmeId, Map<Long, TreeMap<Integer, IndicatorPlan.Goal>> targets) {
        jdbc.sql("""
                SELECT t.indicator_id, t.period, t.comparator, t.value, t.text
                  FROM target_before_amendment t JOIN indicator i ON i.id = t.indicator_id JOIN programme p ON p.id = i.programme_id
                 WHERE i.programme_id = ? AND t.org_unit_id = p.org_unit_id AND t.period ~ '^[0-9]{4}$'""")
                .param(programmeId)
                .query((ResultSet rs) -> {
                    int year = Integer.parseInt(rs.getString("period"));
                    targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new TreeMap<>()).put(year, new IndicatorPlan.Goal(year,
                            rs.getString("comparator") == null ? Comparator.EQ : Comparator.ofSymbol(rs.getString("comparator")),
                            rs.getBigDecimal("value"), rs.getString("text")));
                });
    }
}
