package vn.tiendo.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Role;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * What {@code tiendo bench cluster-load} writes to (scripts/cluster test): a fresh Lai Châu programme with one NUMBER
 * indicator, and one officer (reporter of the first {@code writers} communes, viewer of the province) who signs in
 * through nginx with a password, and has an API token for the dashboard reads. Kept in a small properties file between the prepare, run and verify steps.
 */
@Component
public class ClusterLoadSetup {

    static final String PERIOD = WritersBenchmark.PERIOD;

    /** The run's programme, indicator, account and the communes written (one per writer thread). */
    public record Setup(long programmeId, long indicatorId, String username, String password, String token, List<String> units) {

        public void save(Path file) {
            Properties p = new Properties();
            p.setProperty("programme", String.valueOf(programmeId));
            p.setProperty("indicator", String.valueOf(indicatorId));
            p.setProperty("username", username);
            p.setProperty("password", password);
            p.setProperty("token", token);
            p.setProperty("units", String.join(",", units));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "tiendo bench cluster-load");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Setup load(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Setup(Long.parseLong(p.getProperty("programme")), Long.parseLong(p.getProperty("indicator")),
                    p.getProperty("username"), p.getProperty("password"), p.getProperty("token"), List.of(p.getProperty("units").split(",")));
        }
    }

    private final ProgrammeService programmes;
    private final UserService users;
    private final OrgUnitRepository units;
    private final EntryCatalog catalog;
    private final ApiTokenRepository tokens;

    public ClusterLoadSetup(ProgrammeService programmes, UserService users, OrgUnitRepository units, EntryCatalog catalog,
                            ApiTokenRepository tokens) {
        this.tokens = tokens;
        this.programmes = programmes;
        this.users = users;
        this.units = units;
        this.catalog = catalog;
    }

    /** A fresh programme and account for {@code writers} writer threads. */
    public Setup prepare(int writers) {
        return CurrentActor.runAs("bench", () -> {
            String run = UUID.randomUUID().toString().substring(0, 6);
            long id = programmes.save(WritersBenchmark.programme("BENCH-CUM-" + run + "-CTr/TU"), "bench", false);
            long indicator = catalog.indicators(id).get(0).id();
            OrgUnit province = units.findByCode("12").orElseThrow();
            List<OrgUnit> communes = units.within(province.id(), OrgUnit.Level.COMMUNE);
            if (communes.size() < writers) {
                throw new IllegalArgumentException("Tỉnh Lai Châu chỉ có " + communes.size() + " xã; hãy giảm số luồng ghi");
            }
            String username = "cluster-" + run;
            String password = "Cum-" + UUID.randomUUID();
            long user = users.create(new NewUser(username, "Cán bộ đo cụm máy chủ", null, province.code(), null, null), password, false);
            users.grant(user, Role.VIEWER, province.id());
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                users.grant(user, Role.REPORTER, communes.get(i).id());
                codes.add(communes.get(i).code());
            }
            String token = tokens.create(users.findById(user).orElseThrow(), "đo cụm máy chủ").secret();
            return new Setup(id, indicator, username, password, token, codes);
        });
    }
}
