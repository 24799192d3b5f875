package vn.tiendo.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.cluster.ClusterChanges;
import vn.tiendo.monitoring.ProgrammeIndicators.ProgrammeHead;
import vn.tiendo.programme.ProgrammeChanged;
import vn.tiendo.storage.ReadRouting;
import vn.tiendo.storage.ReplicaReads;

/**
 * Đầu chương trình: each programme's head (version, owning unit), by programme and by indicator, kept in memory so
 * that a dashboard request reads no SQL for it (issue 16). Forgotten all at once on this node when a writer publishes
 * {@link ProgrammeChanged} (now and again when its transaction ends, so a head read before the commit is never
 * served after it), and on every node when the database tells {@link ClusterChanges} that a programme changed or an
 * indicator was deleted or moved (trigger of migration V175, whoever wrote: the application, a bench, psql).
 * While the node cannot hear those, every read goes to the database. A head read from the replica is served again only
 * while it reflects the latest change and the user's own writes (storage.ReadRouting#fresh). A missing programme is
 * never remembered.
 */
@Component
public class ProgrammeHeads {

    /** The name of this cache for {@link ClusterChanges} and the database trigger. */
    public static final String CACHE = "programmes";
    /** Heads kept at most per map; the map is emptied when it grows past this. */
    static final int CAPACITY = 10_000;

    private record Stored(long generation, long position, ProgrammeHead head) {
    }

    private final JdbcClient jdbc;
    private final ClusterChanges cluster;
    private final ReadRouting routing;
    private final Counter invalidations;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Long, Stored> byProgramme = new ConcurrentHashMap<>();
    private final Map<Long, Stored> byIndicator = new ConcurrentHashMap<>();

    public ProgrammeHeads(@ReplicaReads JdbcClient jdbc, ClusterChanges cluster, ReadRouting routing, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.routing = routing;
        this.invalidations = Counter.builder(DataVersion.INVALIDATIONS).tag("cache", CACHE).tag("source", "local")
                .description("Programme heads forgotten after a change of a programme").register(meters);
        cluster.onChange(CACHE, () -> {
            routing.noteChange();
            forget();
        });
    }

    /** The programme's head, empty when there is no such programme. */
    public Optional<ProgrammeHead> of(long programmeId) {
        return cached(byProgramme, programmeId, () -> jdbc.sql("SELECT version, org_unit_id FROM programme WHERE id = ?")
                .param(programmeId).query((rs, i) -> new ProgrammeHead(programmeId, rs.getInt(1), rs.getLong(2))).optional());
    }

    /** The head of the programme an indicator belongs to, empty when there is no such indicator. */
    public Optional<ProgrammeHead> ofIndicator(long indicatorId) {
        return cached(byIndicator, indicatorId, () -> jdbc.sql(
                        "SELECT p.id, p.version, p.org_unit_id FROM indicator i JOIN programme p ON p.id = i.programme_id WHERE i.id = ?")
                .param(indicatorId).query((rs, i) -> new ProgrammeHead(rs.getLong(1), rs.getInt(2), rs.getLong(3))).optional());
    }

    private Optional<ProgrammeHead> cached(Map<Long, Stored> heads, long key, Supplier<Optional<ProgrammeHead>> load) {
        if (!cluster.listening()) {
            return load.get();
        }
        long current = generation.get();   // read before the head: a head read before a change is filed under an old one
        Stored hit = heads.get(key);
        if (hit != null && hit.generation() == current && routing.fresh(hit.position())) {
            return Optional.of(hit.head());
        }
        long position = routing.answerPosition();
        Optional<ProgrammeHead> head = load.get();
        if (head.isPresent()) {
            if (heads.size() >= CAPACITY) {
                heads.clear();
            }
            heads.put(key, new Stored(current, position, head.get()));
        }
        return head;
    }

    /** A programme is changing in the current transaction (or changed): forget every head now and when it ends. */
    @EventListener
    public void on(ProgrammeChanged event) {
        invalidations.increment();
        forget();
        DataVersion.afterChange(routing, this::forget);
    }

    private void forget() {
        generation.incrementAndGet();
        byProgramme.clear();
        byIndicator.clear();
    }
}
