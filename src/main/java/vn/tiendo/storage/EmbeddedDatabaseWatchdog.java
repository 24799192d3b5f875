package vn.tiendo.storage;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded PostgreSQL running: every {@code tiendo.db-watchdog.period} (5 s) it checks that the server this process started is
 * alive and restarts it on the same port if not (killed, crashed, stopped by hand). Requests made meanwhile get
 * a 503 (web.DatabaseUnavailableFilter); the pool reconnects by itself once the server is back. Nothing to do
 * for an external database or a joined one.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(DatabaseWatchdogProperties.class)
class EmbeddedDatabaseWatchdog implements SmartInitializingSingleton, DisposableBean {

    private final ObjectProvider<EmbeddedDatabase> database;
    private final long periodMillis;
    private ScheduledExecutorService timer;

    EmbeddedDatabaseWatchdog(ObjectProvider<EmbeddedDatabase> database, DatabaseWatchdogProperties properties) {
        this.database = database;
        this.periodMillis = properties.period().toMillis();
    }

    @Override
    public void afterSingletonsInstantiated() {
        EmbeddedDatabase db = database.getIfAvailable();
        if (db == null || !db.isOwner()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiendo-db-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(db::restartIfStopped, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
