package vn.tiendo.storage;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where reads go (docs/deploy.md "Bản sao đọc"). Owns the primary pool and, when {@code tiendo.db.replica.url} is set,
 * the replica pool "tiendo-replica" and one monitor thread that every {@code poll} reads the primary's WAL position
 * (and so notices it down) and the replica's replay position, giving the lag in bytes and seconds
 * ({@link LagClock}). A {@link ReplicaReads} statement goes to the replica only inside a {@link ReadScope}, outside a
 * writing transaction, while the replica answers within {@code maxLag} and has replayed the user's last write;
 * otherwise to the primary. While the primary is down, read scopes read from the replica whatever its lag, and
 * everything else fails at once. Without a replica: the primary pool alone, no thread, no cost.
 */
public final class ReadRouting implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadRouting.class);
    private static final int MAX_REMEMBERED = 10_000;
    private static final String NOT_A_STANDBY_REFUSED =
            "DO $$BEGIN IF NOT pg_is_in_recovery() THEN RAISE EXCEPTION 'không phải bản sao (máy chủ chính)'; END IF; END$$";

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final TiendoDatabaseProperties.Replica settings;
    private final DataSource dataSource;
    private final PrimaryOrReplicaDataSource router;
    private final ScheduledExecutorService monitor;
    private final DatabaseProbe primaryProbe;
    private final DatabaseProbe replicaProbe;
    private final LagClock lagClock = new LagClock();
    private final Map<String, Long> writesByClient = new ConcurrentHashMap<>();
    private final Counter replicaReads;
    private final Counter primaryReads;

    private volatile boolean primaryDown;
    private volatile String primaryReason = "";
    private volatile boolean replicaReachable;
    private volatile String replicaReason = "chưa kiểm tra";
    private volatile long replayed;
    private volatile double lagSeconds;
    private volatile long lagBytes;
    private volatile long lastPrimaryPosition;
    private final java.util.concurrent.atomic.AtomicLong latestChange = new java.util.concurrent.atomic.AtomicLong();

    ReadRouting(HikariDataSource primary, TiendoDatabaseProperties.Db db, MeterRegistry meters) {
        this.primary = primary;
        this.settings = db.replica();
        this.replicaReads = Counter.builder("tiendo.db.reads").tag("target", "replica")
                .description("Reads of dashboards, public pages, completeness and reports, by database").register(meters);
        this.primaryReads = Counter.builder("tiendo.db.reads").tag("target", "primary")
                .description("Reads of dashboards, public pages, completeness and reports, by database").register(meters);
        if (!settings.configured()) {
            this.replica = null;
            this.dataSource = primary;
            this.router = null;
            this.monitor = null;
            this.primaryProbe = null;
            this.replicaProbe = null;
            return;
        }
        this.replica = replicaPool(db);
        this.router = new PrimaryOrReplicaDataSource(primary, replica, this);
        this.dataSource = router;
        this.primaryProbe = new DatabaseProbe(primary.getJdbcUrl(), primary.getUsername(), primary.getPassword());
        this.replicaProbe = new DatabaseProbe(settings.url(), db.replicaUser(), db.replicaPassword());
        Gauge.builder("tiendo.replica.lag.seconds", this, r -> r.lagSeconds).description("How far the replica is behind")
                .baseUnit("seconds").register(meters);
        Gauge.builder("tiendo.replica.lag.bytes", this, r -> r.lagBytes).description("WAL bytes the replica has not replayed")
                .baseUnit("bytes").register(meters);
        this.monitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiendo-db-monitor");
            t.setDaemon(true);
            return t;
        });
        poll();
        long period = settings.poll().toMillis();
        monitor.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
    }

    private static HikariDataSource replicaPool(TiendoDatabaseProperties.Db db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("tiendo-replica");
        ds.setJdbcUrl(db.replica().url());
        ds.setUsername(db.replicaUser());
        ds.setPassword(db.replicaPassword());
        ds.setMaximumPoolSize(db.replica().poolSize());
        ds.setInitializationFailTimeout(-1);
        ds.setConnectionTimeout(Math.min(db.connectTimeoutMs(), 2_000L));
        ds.setReadOnly(true);
        // only a standby: a multi-host URL (preferSecondary) would otherwise keep primary connections after an outage
        ds.setConnectionInitSql(NOT_A_STANDBY_REFUSED);
        return ds;
    }

    /** The application's data source: the primary pool, or with a replica the primary-or-replica router. */
    DataSource dataSource() {
        return dataSource;
    }

    /** The replica pool, or null without a replica. */
    DataSource replicaDataSource() {
        return replica;
    }

    /**
     * The replica pool for routed reads: when it cannot give a connection, this read takes a primary connection instead
     * of failing, and unless every pooled connection is busy (the replica died between two probes) the replica is
     * marked unreachable at once. An exhausted pool once marked it lost under load (seen in the cluster test just after
     * the replica came back): reads flapped to the primary until the next probe.
     */
    DataSource replicaReadsDataSource() {
        return new org.springframework.jdbc.datasource.DelegatingDataSource(replica) {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                try {
                    return super.getConnection();
                } catch (SQLException e) {
                    if (!busy(replica)) {
                        replicaLost(e);   // a pool that is merely busy says nothing of the server (the monitor looks at that)
                    }
                    if (primaryDown) {
                        throw e;
                    }
                    return router.primaryOnly(primary.getConnectionTimeout());
                }
            }
        };
    }

    /** Every connection of the pool is in use: a wait for one that timed out is load, not a dead server. */
    private static boolean busy(HikariDataSource pool) {
        var bean = pool.getHikariPoolMXBean();
        return bean != null && bean.getActiveConnections() >= pool.getMaximumPoolSize();
    }

    public boolean enabled() {
        return replica != null;
    }

    public boolean primaryDown() {
        return primaryDown;
    }

    String primaryReason() {
        return primaryReason;
    }

    boolean replicaReachable() {
        return replicaReachable;
    }

    /** Decides (and counts) where the current {@link ReplicaReads} statement goes. */
    boolean readFromReplica() {
        boolean replicaOk = ReadScope.active() && !inWritingTransaction() && replicaFor(ReadScope.requiredPosition());
        countRead(replicaOk);
        return replicaOk;
    }

    /** Is this thread inside a transaction that may write (open and not read-only)? */
    public static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** True when the replica may serve a read that must see the primary's WAL up to {@code required}. */
    boolean replicaFor(long required) {
        if (replica == null || !replicaReachable) {
            return false;
        }
        if (primaryDown) {
            return true;
        }
        return lagSeconds <= settings.maxLag().toMillis() / 1000.0 && replayed >= required;
    }

    void countRead(boolean fromReplica) {
        (fromReplica ? replicaReads : primaryReads).increment();
    }

    /**
     * The primary's WAL position now (after a write); 0 without a replica. A pooled connection that died with an
     * earlier primary is dropped by the pool, so one failure is tried again; if that fails too, or the primary is
     * down, the last position the monitor saw is the best known (and is logged). Never waits long for the primary
     * ({@link #POSITION_WAIT_MS} for a connection, {@link #POSITION_READ_MS} for the answer): a write's answer is held
     * until this returns, and it once held every in-flight write through a primary outage until the promotion.
     */
    public long primaryPositionNow() {
        if (replica == null) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try (var c = router.primaryOnly(POSITION_WAIT_MS)) {
                c.setNetworkTimeout(Runnable::run, POSITION_READ_MS);
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                    rs.next();
                    return WalPosition.parse(rs.getString(1));
                }
            } catch (SQLException | RuntimeException e) {
                if (attempt == 2 || primaryDown || e instanceof SQLTransientConnectionException) {
                    log.warn("Không đọc được vị trí WAL của máy chủ chính, dùng vị trí đã biết: {}", e.getMessage());
                    return lastPrimaryPosition;
                }
            }
        }
    }

    /** How long {@link #primaryPositionNow} waits for a primary connection. */
    static final long POSITION_WAIT_MS = 1_000;
    /** How long {@link #primaryPositionNow} waits for the primary's answer. */
    static final int POSITION_READ_MS = 2_000;

    /**
     * Data changed on the primary (a committed change of values): an answer computed from the replica before it
     * replayed this change is no longer {@link #fresh}. Call before the cache's data version moves.
     */
    public void noteChange() {
        if (replica != null) {
            latestChange.accumulateAndGet(primaryPositionNow(), Math::max);
        }
    }

    /**
     * The position an answer computed now in this request will reflect at least: the replica's replay position when
     * the replica will serve it, else {@code Long.MAX_VALUE} (the primary is always current).
     */
    public long answerPosition() {
        long snapshot = replayed;
        return replica != null && ReadScope.active() && replicaFor(ReadScope.requiredPosition()) ? snapshot : Long.MAX_VALUE;
    }

    /** May a cached answer computed at {@code position} be served in this request (latest change, the user's writes)? */
    public boolean fresh(long position) {
        return position >= Math.max(latestChange.get(), ReadScope.requiredPosition());
    }

    /** Remembers a client's (API token's) last write position on this node, for read-your-writes. */
    public void rememberWrite(String clientKey, long position) {
        if (position <= 0) {
            return;
        }
        if (writesByClient.size() >= MAX_REMEMBERED) {
            writesByClient.clear();
        }
        writesByClient.merge(clientKey, position, Math::max);
    }

    /** The last write position remembered for a client, 0 for none. */
    public long lastWrite(String clientKey) {
        return writesByClient.getOrDefault(clientKey, 0L);
    }

    /** What the health component shows. */
    public ReplicaStatus status() {
        if (replica == null) {
            return new ReplicaStatus("none", "Không cấu hình bản sao đọc (TIENDO_DB_REPLICA_URL)", 0, 0, !primaryDown);
        }
        boolean serving = replicaFor(0);
        String reason;
        if (!replicaReachable) {
            reason = "Bản sao không trả lời: " + replicaReason;
        } else if (primaryDown) {
            reason = "Máy chủ chính không trả lời: chỉ đọc từ bản sao";
        } else if (!serving) {
            reason = String.format(java.util.Locale.ROOT, "Bản sao chậm %.1f s, quá giới hạn %.1f s",
                    lagSeconds, settings.maxLag().toMillis() / 1000.0);
        } else {
            reason = "Bản sao theo kịp máy chủ chính";
        }
        return new ReplicaStatus(serving ? "replica" : "primary-fallback", reason, lagSeconds, lagBytes, !primaryDown);
    }

    /** One probe of both databases (the monitor thread; also once at start). */
    void poll() {
        pollPrimary();
        pollReplica();
    }

    private void pollPrimary() {
        try {
            long position = primaryProbe.query("SELECT pg_current_wal_insert_lsn()::text", rs -> WalPosition.parse(rs.getString(1)));
            lagClock.primaryAt(System.nanoTime(), position);
            lastPrimaryPosition = position;
            if (primaryDown) {
                log.warn("Máy chủ cơ sở dữ liệu chính trả lời trở lại: ghi dữ liệu được tiếp tục");
            }
            primaryDown = false;
            primaryReason = "";
        } catch (SQLException | RuntimeException e) {
            primaryReason = String.valueOf(e.getMessage());
            if (!primaryDown) {
                log.warn("Máy chủ cơ sở dữ liệu chính không trả lời: {}", primaryReason);
                evict(primary);
            }
            primaryDown = true;
        }
    }

    private void pollReplica() {
        try {
            replayed = replicaProbe.query("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text", rs -> {
                if (!rs.getBoolean(1)) {
                    throw new SQLException("Máy chủ bản sao không ở chế độ bản sao (pg_is_in_recovery() = false)");
                }
                return WalPosition.parse(rs.getString(2));
            });
            lagSeconds = lagClock.lagSeconds(System.nanoTime(), replayed);
            lagBytes = lagClock.lagBytes(replayed);
            if (!replicaReachable) {
                log.info("Bản sao đọc trả lời: vị trí {}", WalPosition.format(replayed));
                evict(replica);   // a multi-host URL (preferSecondary) may have opened connections to the primary meanwhile
            }
            replicaReachable = true;
        } catch (SQLException | RuntimeException e) {
            replicaLost(e);
        }
    }

    /** The replica failed (probe or connection): reads go to the primary until a probe finds it again. */
    private synchronized void replicaLost(Exception e) {
        replicaReason = String.valueOf(e.getMessage());
        if (replicaReachable) {
            replicaReachable = false;
            log.warn("Bản sao đọc không trả lời, đọc từ máy chủ chính: {}", replicaReason);
            evict(replica);
        }
    }

    /** Drops the pool's idle connections (and the busy ones when returned): they died with the server. */
    private static void evict(HikariDataSource pool) {
        var bean = pool.getHikariPoolMXBean();
        if (bean != null) {
            bean.softEvictConnections();
        }
    }

    /** How long the monitor waits between probes. */
    Duration pollPeriod() {
        return settings.poll();
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.shutdownNow();
            primaryProbe.close();
            replicaProbe.close();
            replica.close();
        }
        primary.close();
    }

    /** The health component's details: mode none | replica | primary-fallback, why, lag; never a secret. */
    public record ReplicaStatus(String mode, String reason, double lagSeconds, long lagBytes, boolean primaryUp) {
    }
}
