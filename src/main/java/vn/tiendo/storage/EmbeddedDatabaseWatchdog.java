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
 * alive and restarts it on the same port when found stopped on two checks in a row (killed, crashed, stopped by
 * hand): within one to two periods. Requests made meanwhile get
 * a 503 (web.DatabaseUnavailableFilter); the pool reconnects by itself once the server is back. Nothing to do
 * for an external database or a joined one.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(DatabaseWatchdogProperties.class)
class EmbeddedDatabaseWatchdog implements SmartInitializingSingleton, DisposableBean {

    private final ObjectProvider<EmbeddedDatabase> database;
    private final long periodMillis;
    private ScheduledExecutorService timer;
    private boolean stoppedBefore;

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
        timer.scheduleWithFixedDelay(() -> check(db), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Restarts the server once it has been found stopped on two checks in a row (so a stop by hand may finish). */
    private void check(EmbeddedDatabase db) {
        if (db.isRunning()) {
            stoppedBefore = false;
        } else if (!stoppedBefore) {
            stoppedBefore = true;
        } else if (db.restartIfStopped()) {
            stoppedBefore = false;
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
