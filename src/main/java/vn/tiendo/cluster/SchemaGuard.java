package vn.tiendo.cluster;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Phiên bản lược đồ: a node serves only a database whose schema it knows. Flyway leaves "future" migrations (applied
 * by a newer node) alone, so this guard compares the highest version applied in {@code flyway_schema_history} with the
 * highest migration this node carries: at start (a newer database: the node refuses to start), every
 * {@code tiendo.cluster.schema-check} and when another node announces a migration (NOTIFY "schema"). While the
 * database is newer, {@link #refusal()} says why and the node answers 503 and reports DOWN in its health.
 */
@Component
public class SchemaGuard implements SmartInitializingSingleton, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaGuard.class);
    private static final Pattern MIGRATION = Pattern.compile("^[VB]([0-9][0-9_.]*)__.*\\.sql$");

    private final JdbcClient jdbc;
    private final ClusterChanges changes;
    private final ClusterProperties props;
    private final MigrationVersion known;
    private volatile MigrationVersion database;
    private volatile String refusal;
    private ScheduledExecutorService timer;

    public SchemaGuard(JdbcClient jdbc, ClusterChanges changes, ClusterProperties props) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.props = props;
        this.known = highest(knownMigrations());
    }

    /** Null while the node may serve; otherwise the Vietnamese reason it refuses. */
    public String refusal() {
        return refusal;
    }

    /** The highest schema version this node carries. */
    public String knownVersion() {
        return known.getVersion();
    }

    /** The highest schema version last seen applied in the database (null before the first check). */
    public String databaseVersion() {
        return database == null ? null : database.getVersion();
    }

    /** Reads the database's schema version again; returns the refusal (null: the node may serve). */
    public String check() {
        List<String> applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(String.class).list();
        MigrationVersion now = highest(applied);
        database = now;
        String reason = now.compareTo(known) > 0 ? explain(now, known) : null;
        if (!Objects.equals(reason, refusal)) {
            if (reason != null) {
                LOG.error(reason);
            } else {
                LOG.warn("Lược đồ cơ sở dữ liệu (phiên bản {}) khớp với nút này: nút phục vụ trở lại", now.getVersion());
            }
        }
        refusal = reason;
        return reason;
    }

    static String explain(MigrationVersion database, MigrationVersion known) {
        return "Cơ sở dữ liệu đã ở phiên bản lược đồ " + database.getVersion() + ", nút này chỉ biết đến "
                + known.getVersion() + ": cần nâng cấp nút lên bản Tiến Độ mới (bản đã nâng cấp cơ sở dữ liệu) rồi khởi động lại.";
    }

    /** At start: refuses a newer database, tells older nodes of this schema, then checks on a timer. */
    @Override
    public void afterSingletonsInstantiated() {
        String reason = check();
        if (reason != null) {
            throw new NodeRefusedException(reason);
        }
        changes.onChange("schema", this::checkQuietly);
        changes.publish("schema");
        long every = Math.max(1, props.schemaCheck().toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiendo-kiem-tra-luoc-do");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.debug("Chưa kiểm tra được phiên bản lược đồ: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    static List<String> knownMigrations() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(MIGRATION::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được danh sách migration của nút: " + e.getMessage(), e);
        }
    }

    static MigrationVersion highest(List<String> versions) {
        return versions.stream().map(v -> MigrationVersion.fromVersion(v.replace('_', '.')))
                .max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
    }
}
