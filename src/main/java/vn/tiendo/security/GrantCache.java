package vn.tiendo.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tiendo.cluster.ClusterChanges;

/**
 * Each user's role grants (quyền đã giao) with the paths of their units, and whether the account is
 * active, kept in memory so that an authorization check costs no query. Every change of grants or of an
 * account's state goes through {@link UserService}, which calls {@link #invalidate()}: the cache then
 * forgets everything at once and again when the changing transaction ends, so that a snapshot read
 * before the commit is never served after it.
 *
 * <p>Across nodes ({@link ClusterChanges}): an invalidation tells the other nodes as its transaction commits, and
 * they forget everything when they hear it; a node that cannot hear them reads grants from the database every time.
 *
 * <p>A unit's path ({@code org_unit.path}) never changes once set, so paths are kept for good.
 */
@Component
public class GrantCache {

    /** One granted role on the unit with path {@code unitPath} (and everything below it). */
    record Held(Role role, long unitId, String unitPath) {
    }

    /** What the checks need to know about one user. */
    record Snapshot(boolean active, List<Held> grants) {

        boolean holds(Collection<Role> roles, String unitPath) {
            return active && unitPath != null
                    && grants.stream().anyMatch(g -> roles.contains(g.role()) && unitPath.startsWith(g.unitPath()));
        }

        List<Long> unitsWith(Collection<Role> roles) {
            return active ? grants.stream().filter(g -> roles.contains(g.role())).map(Held::unitId).distinct().toList() : List.of();
        }
    }

    private record Entry(long generation, Snapshot snapshot) {
    }

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Long, Entry> users = new ConcurrentHashMap<>();
    private final Map<Long, String> paths = new ConcurrentHashMap<>();

    private final Counter invalidations;
    private final ClusterChanges cluster;

    public GrantCache(JdbcClient jdbc, MeterRegistry meters, ClusterChanges cluster) {
        this.jdbc = jdbc;
        this.invalidations = Counter.builder("tiendo.cache.invalidations").tag("cache", "grants").tag("source", "local")
                .description("Role grants and account states forgotten after a change").register(meters);
        this.cluster = cluster;
        cluster.onChange("grants", this::forget);
    }

    Snapshot of(long userId) {
        if (!trusted()) {
            return load(userId);
        }
        long current = generation.get();
        Entry hit = users.get(userId);
        if (hit != null && hit.generation() == current) {
            return hit.snapshot();
        }
        Snapshot loaded = load(userId);
        users.put(userId, new Entry(current, loaded));
        return loaded;
    }

    /** The path of a unit, or null for an unknown one. */
    String pathOf(long unitId) {
        String known = paths.get(unitId);
        if (known != null) {
            return known;
        }
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(unitId).query(String.class).optional().orElse(null);
        if (path != null && !path.isEmpty()) {
            paths.put(unitId, path);
        }
        return path;
    }

    /** Moves whenever cached account state is forgotten; caches of other account facts (tokens) compare with it. */
    long generation() {
        return generation.get();
    }

    /** False while this node cannot hear other nodes' changes: nothing cached about accounts may then be used. */
    boolean trusted() {
        return cluster.listening();
    }

    /** Forgets every user's grants now and once more when the current transaction (if any) ends. */
    void invalidate() {
        invalidations.increment();
        forget();
        cluster.publish("grants");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        users.clear();
    }

    private Snapshot load(long userId) {
        List<Held> grants = new ArrayList<>();
        boolean[] active = {false};
        jdbc.sql("""
                SELECT usr.enabled AND usr.erased_at IS NULL AS active, g.role, g.org_unit_id, a.path
                  FROM app_user usr LEFT JOIN role_grant g ON g.user_id = usr.id LEFT JOIN org_unit a ON a.id = g.org_unit_id
                 WHERE usr.id = ?""")
                .param(userId)
                .query(rs -> {
                    active[0] = rs.getBoolean("active");
                    if (rs.getString("role") != null) {
                        grants.add(new Held(Role.valueOf(rs.getString("role")), rs.getLong("org_unit_id"), rs.getString("path")));
                    }
                });
        return new Snapshot(active[0], List.copyOf(grants));
    }
}
