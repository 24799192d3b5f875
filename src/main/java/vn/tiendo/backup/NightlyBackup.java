package vn.tiendo.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tiendo.storage.TiendoDatabaseProperties;

/**
 * Sao lưu hằng đêm: once the configured time of day has passed, the first server to claim the day in
 * {@code backup_run} writes {@code tiendo-YYYY-MM-DD.tdbak} into the backups folder (the same file as
 * {@code tiendo backup}), records the outcome, and deletes the backups the {@link RetentionPolicy} no longer keeps.
 */
@Service
@EnableConfigurationProperties(NightlyBackupProperties.class)
public class NightlyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);
    static final Pattern NAME = Pattern.compile("tiendo-(\\d{4}-\\d{2}-\\d{2})(?:-\\d+)?\\.tdbak");

    private final DataSource dataSource;
    private final BackupRunStore runs;
    private final NightlyBackupProperties properties;
    private final Path folder;
    private final Clock clock;

    public NightlyBackup(DataSource dataSource, BackupRunStore runs, NightlyBackupProperties properties,
                         TiendoDatabaseProperties database, Clock clock) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.properties = properties;
        this.folder = properties.dir() != null && !properties.dir().isBlank() ? Path.of(properties.dir())
                : Path.of(database.dataDir()).resolve("backups");
        this.clock = clock;
    }

    /** The backups folder. */
    public Path folder() {
        return folder;
    }

    /** Takes today's backup if its time has passed and no server has claimed it yet; returns the run taken. */
    public Optional<BackupRun> runIfDue() {
        ZonedDateTime now = clock.instant().atZone(properties.zone());
        if (now.toLocalTime().isBefore(properties.time())) {
            return Optional.empty();
        }
        LocalDate day = now.toLocalDate();
        if (!runs.claim(day, ManagementFactory.getRuntimeMXBean().getName(), clock.instant())) {
            return Optional.empty();
        }
        take(day);
        return runs.find(day);
    }

    /** The most recent runs, newest first (for the administrators' page). */
    public List<BackupRun> recent() {
        return runs.recent(30);
    }

    public Optional<BackupRun> lastSuccessful() {
        return runs.lastSuccessful();
    }

    private void take(LocalDate day) {
        long start = System.nanoTime();
        Path file = null;
        Path partial = null;
        try {
            Files.createDirectories(folder);
            file = freeName(day);
            partial = file.resolveSibling(file.getFileName() + ".dang-ghi");
            try (Connection c = dataSource.getConnection();
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                DatabaseBackup.write(c, out, appVersion(), clock);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            runs.finish(day, true, file.toAbsolutePath().toString(), Files.size(file), millisSince(start), null, clock.instant());
            LOG.info("Đã sao lưu hằng đêm vào {}", file);
            prune();
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.error("Sao lưu hằng đêm ngày {} thất bại: {}", day, why, e);
            runs.finish(day, false, file == null ? null : file.toAbsolutePath().toString(), null, millisSince(start), why,
                    clock.instant());
        }
    }

    private Path freeName(LocalDate day) {
        Path file = folder.resolve("tiendo-" + day + ".tdbak");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve("tiendo-" + day + "-" + i + ".tdbak");
        }
        return file;
    }

    /** Deletes the nightly backups (by their name) of the days the retention policy no longer keeps. */
    void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList();
        }
        Set<LocalDate> keep = properties.retention().keep(files.stream().map(NightlyBackup::dayOf).toList());
        for (Path p : files) {
            if (!keep.contains(dayOf(p))) {
                Files.deleteIfExists(p);
                LOG.info("Đã xóa bản sao lưu cũ {} (giữ {} bản hằng ngày, {} bản hằng tuần)", p, properties.keepDaily(),
                        properties.keepWeekly());
            }
        }
    }

    static LocalDate dayOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return LocalDate.parse(m.group(1));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("{}", p, e);
        }
    }

    static String appVersion() {
        Properties p = new Properties();
        try (InputStream in = NightlyBackup.class.getResourceAsStream("/tiendo-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }
}
