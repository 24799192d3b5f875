package vn.tiendo.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Thay đổi giữa các nút: in-memory caches kept right across nodes with PostgreSQL's LISTEN/NOTIFY (no other server).
 * A change {@link #publish publishes} {@code pg_notify('tiendo_changes', '<cache>:<node>')} inside its own
 * transaction, so other nodes hear of it exactly when it commits (and never when it rolls back). One thread per node
 * listens on a connection of its own (not from the pool) and runs the forgetting registered with {@link #onChange}
 * for another node's change.
 *
 * <p>While the node is not listening (connection lost, database restarting) it cannot know what changed, so
 * {@link #listening()} is false and every cache must then be bypassed; once listening again, everything is forgotten
 * once (changes may have been missed) and the caches are used again. Reconnects back off from 0.1 s to
 * {@code tiendo.cluster.listen-retry-max}. A silently lost server is noticed within about 7 s (a ping every 2 s,
 * socket time-out 5 s); a closed or restarted server at once.
 */
@Component
public class ClusterChanges implements SmartLifecycle {

    /** The NOTIFY channel. */
    public static final String CHANNEL = "tiendo_changes";
    /** The name under which every cache is forgotten. */
    public static final String EVERYTHING = "*";
    /** Same meter as the caches' own counters, tagged by cache and by source (local, remote, resync, lost). */
    public static final String INVALIDATIONS = "tiendo.cache.invalidations";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterChanges.class);
    private static final Object SENT = new Object();
    private static final long PING_NANOS = 2_000_000_000L;

    private final JdbcClient jdbc;
    private final NodeIdentity node;
    private final ListenerConnections connections;
    private final MeterRegistry meters;
    private final long retryMaxMs;
    private final Map<String, List<Runnable>> forgetters = new ConcurrentHashMap<>();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread thread;

    public ClusterChanges(JdbcClient jdbc, NodeIdentity node, ListenerConnections connections, MeterRegistry meters,
                          ClusterProperties props) {
        this.jdbc = jdbc;
        this.node = node;
        this.connections = connections;
        this.meters = meters;
        this.retryMaxMs = Math.max(100, props.listenRetryMax().toMillis());
    }

    /** Registers how to forget the local cache named {@code cache} when another node changed what it holds. */
    public void onChange(String cache, Runnable forget) {
        forgetters.computeIfAbsent(cache, k -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /** True while this node hears other nodes' changes: only then may a cache answer from memory. */
    public boolean listening() {
        return listening;
    }

    /**
     * Tells the other nodes that {@code cache} is stale: when the current transaction commits (once per transaction and
     * cache), or at once without a transaction.
     */
    public void publish(String cache) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            @SuppressWarnings("unchecked")
            Set<String> sent = (Set<String>) TransactionSynchronizationManager.getResource(SENT);
            if (sent == null) {
                Set<String> fresh = new HashSet<>();
                TransactionSynchronizationManager.bindResource(SENT, fresh);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(SENT);
                    }
                });
                sent = fresh;
            }
            if (!sent.add(cache)) {
                return;
            }
        }
        jdbc.sql("SELECT pg_notify(?, ?)").param(CHANNEL).param(cache + ":" + node.name()).query((rs, i) -> 1).list();
    }

    /** Forgets the cache named {@code cache} on this node ({@link #EVERYTHING}: every cache), counting it under {@code source}. */
    void forget(String cache, String source) {
        forgetters.forEach((name, runs) -> {
            if (cache.equals(EVERYTHING) || cache.equals(name)) {
                runs.forEach(Runnable::run);
                meters.counter(INVALIDATIONS, "cache", name, "source", source).increment();
            }
        });
    }

    /** One notification's payload {@code <cache>:<node>}: forgets the cache unless this node sent it. */
    void received(String payload) {
        int colon = payload.indexOf(':');
        String cache = colon < 0 ? payload : payload.substring(0, colon);
        String from = colon < 0 ? "" : payload.substring(colon + 1);
        if (!from.equals(node.name())) {
            forget(cache, "remote");
        }
    }

    private void listenLoop() {
        long backoff = 100;
        while (running) {
            try (Connection c = connections.open("listener")) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                forget(EVERYTHING, "resync"); // changes may have been missed; later ones are heard from now on
                listening = true;
                backoff = 100;
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Nút {} không nghe được thay đổi của các nút khác ({}); bỏ qua bộ nhớ đệm, thử lại sau {} ms",
                            node.name(), e.getMessage(), backoff);
                }
            } finally {
                if (listening) {
                    listening = false;
                    forget(EVERYTHING, "lost");
                }
            }
            backoff = pause(backoff);
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long pinged = System.nanoTime();
        while (running) {
            PGNotification[] got = pg.getNotifications(250);
            if (got != null) {
                for (PGNotification n : got) {
                    received(n.getParameter());
                }
            }
            if (System.nanoTime() - pinged > PING_NANOS) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                pinged = System.nanoTime();
            }
        }
    }

    private long pause(long backoff) {
        try {
            Thread.sleep(running ? backoff : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(backoff * 2, retryMaxMs);
    }

    @Override
    public synchronized void start() {
        LOG.info("Nút {}: nghe thay đổi của các nút khác trên kênh {}", node.name(), CHANNEL);
        running = true;
        thread = new Thread(this::listenLoop, "tiendo-nghe-thay-doi");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        listening = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts early (before the web server) and stops late. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
