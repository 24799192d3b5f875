package vn.tiendo.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incremental roll-up of one transaction's changed values ({@link RollUp#onChanges}): which aggregated
 * indicators they feed, the locks that keep two roll-ups of the same indicator and period apart, and each
 * affected ancestor recombined from its direct children, deepest level first, one upsert per level and period.
 *
 * <p>Locks (transaction-level advisory locks, so they hold across application nodes): the roll-up lock
 * {@link RollUp#ROLL_UP_LOCK} shared (a full recompute takes it exclusively), then one exclusive lock per
 * aggregated indicator × period, all in one statement and always in the same order (indicator, then the
 * period's hash), so two roll-ups cannot deadlock on them. Changes of other indicators or periods no longer
 * wait for each other; two changes of the same indicator and period still run one after the other, the second
 * one combining after the first committed (its next statement sees the commit), so no update is lost.
 */
final class Recombination {

    /** An aggregated indicator × period that a change recomputes (the unit of locking). */
    record Key(long indicatorId, String period) {
        static final Comparator<Key> ORDER = Comparator.<Key>comparingInt(k -> (int) k.indicatorId())
                .thenComparingInt(k -> k.period().hashCode()).thenComparingLong(Key::indicatorId).thenComparing(Key::period);
    }

    private final JdbcClient jdbc;

    Recombination(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recombines every ancestor of the changed units for the indicators computed from the changed ones. */
    void run(Collection<RollUp.Change> changes) {
        Map<Long, Set<Long>> feeds = new HashMap<>();
        Map<Long, String> paths = new HashMap<>();
        lookUp(changes, feeds, paths);
        // depth (deepest first) → period → the parents of that depth and the aggregated indicators to recombine
        Map<Integer, Map<String, Work>> work = new TreeMap<>(Comparator.reverseOrder());
        Set<Key> keys = new TreeSet<>(Key.ORDER);
        for (RollUp.Change c : changes) {
            Set<Long> ids = feeds.getOrDefault(c.indicatorId(), Set.of());
            String path = paths.get(c.orgUnitId());
            if (path == null) {
                throw new IllegalArgumentException("Không có đơn vị mã nội bộ " + c.orgUnitId() + ".");
            }
            if (ids.isEmpty()) {
                continue;
            }
            ids.forEach(id -> keys.add(new Key(id, c.period())));
            List<Long> ancestors = ancestorsTopDown(path, c.orgUnitId());
            for (int depth = 0; depth < ancestors.size(); depth++) {
                Work w = work.computeIfAbsent(depth, d -> new TreeMap<>()).computeIfAbsent(c.period(), p -> new Work());
                w.parents.add(ancestors.get(depth));
                w.ids.addAll(ids);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        lock(keys);
        if (changes.size() == 1) {
            recombinePath(changes.iterator().next(), work);
        } else {
            work.values().forEach(byPeriod -> byPeriod.forEach(this::recombine));
        }
    }

    /** One change: its whole path in one statement ({@link RollUpSql#path}), the ancestors deepest first. */
    private void recombinePath(RollUp.Change change, Map<Integer, Map<String, Work>> work) {
        List<Long> ancestors = new ArrayList<>();
        Set<Long> ids = new TreeSet<>();
        for (Map<String, Work> byPeriod : work.values()) { // deepest first
            Work w = byPeriod.get(change.period());
            ancestors.add(w.parents.iterator().next());
            ids.addAll(w.ids);
        }
        if (ancestors.isEmpty()) {
            return;
        }
        JdbcClient.StatementSpec statement = jdbc.sql(RollUpSql.path(ancestors.size()))
                .param("ids", ActualValues.array(ids)).param("period", change.period())
                .param("ancestors", ActualValues.array(ancestors));
        for (int j = 0; j < ancestors.size(); j++) {
            statement = statement.param("a" + (j + 1), ancestors.get(j));
        }
        statement.update();
    }

    /** The parents of one level and the indicators to recombine there, for one period. */
    private static final class Work {
        final Set<Long> parents = new TreeSet<>();
        final Set<Long> ids = new TreeSet<>();
    }

    /** In one round trip: which aggregated indicators each changed indicator feeds, and each changed unit's path. */
    private void lookUp(Collection<RollUp.Change> changes, Map<Long, Set<Long>> feeds, Map<Long, String> paths) {
        String sources = ActualValues.array(changes.stream().map(RollUp.Change::indicatorId).collect(Collectors.toSet()));
        String units = ActualValues.array(changes.stream().map(RollUp.Change::orgUnitId).collect(Collectors.toSet()));
        jdbc.sql("""
                SELECT source_id AS a, indicator_id AS b, NULL AS path FROM formula_input
                 WHERE source_id = ANY (CAST(:sources AS BIGINT[]))
                UNION ALL
                SELECT id, NULL, path FROM org_unit WHERE id = ANY (CAST(:units AS BIGINT[]))""")
                .param("sources", sources).param("units", units)
                .query((java.sql.ResultSet rs) -> {
                    String path = rs.getString("path");
                    if (path == null) {
                        feeds.computeIfAbsent(rs.getLong("a"), k -> new TreeSet<>()).add(rs.getLong("b"));
                    } else {
                        paths.put(rs.getLong("a"), path);
                    }
                });
    }

    /**
     * The roll-up lock shared, then each key's lock in {@link Key#ORDER}, in one statement (rows in array order), and
     * generic plans for the rest of the transaction.
     */
    private void lock(Set<Key> keys) {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (Key k : keys) {
            first.add((int) k.indicatorId());
            second.add(k.period().hashCode());
        }
        // the recombining statement is the same text every time: the transaction reuses its cached generic plan
        // (prepared by the driver from the fifth use on a connection) instead of planning its views again per change
        jdbc.sql("""
                SELECT set_config('plan_cache_mode', 'force_generic_plan', true), (SELECT count(*) FROM (
                    SELECT pg_advisory_xact_lock_shared(:rollUp)
                    UNION ALL
                    SELECT pg_advisory_xact_lock(u.a, u.b)
                      FROM unnest(CAST(:first AS INT[]), CAST(:second AS INT[])) WITH ORDINALITY AS u(a, b, n)) locks)""")
                .param("rollUp", RollUp.ROLL_UP_LOCK).param("first", ints(first)).param("second", ints(second))
                .query().singleRow();
    }

    private void recombine(String period, Work w) {
        jdbc.sql(RollUpSql.RECOMBINE).param("parents", ActualValues.array(w.parents)).param("ids", ActualValues.array(w.ids))
                .param("period", period).update();
    }

    /** The unit's ancestors from the nation down (its own id, last in the path, left out). */
    static List<Long> ancestorsTopDown(String path, long orgUnitId) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != orgUnitId) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    private static String ints(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
