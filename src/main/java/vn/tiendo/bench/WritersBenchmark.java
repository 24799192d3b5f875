package vn.tiendo.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryCatalog;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Role;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * {@code tiendo bench writers}: concurrent writers over loopback, bounded in time. Half the writers fight over one
 * commune and period, the others each write their own commune; every writer uses one channel — the form (HTML POST
 * with CSRF in a logged-in session), the Excel upload, REST PUT or DHIS2 dataValueSets — in turn by index. Each write
 * carries a value no other write carries, so the audit trail tells exactly which write produced each version. The
 * check ({@link WriterAudit}) counts lost updates: an acknowledged write missing from the audit trail, written over a
 * version its writer never saw, or a final value that is not the last audited one.
 */
@Component
public class WritersBenchmark {

    static final String PERIOD = "2026";

    /** What the run writes to: the programme, its one indicator, the contested unit, the writers. */
    public record Setup(long programmeId, long indicatorId, String dataElement, String contestedUnit, List<Writer> writers) {
    }

    /** One writer: its account, token, unit and channel. */
    public record Writer(int index, String username, String password, String token, String unitCode, Channel channel) {
    }

    /** The four ways a value reaches the server. */
    public enum Channel { FORM, EXCEL, REST, DATA_VALUE_SETS }

    private final ProgrammeService programmes;
    private final UserService users;
    private final ApiTokenRepository tokens;
    private final OrgUnitRepository units;
    private final EntryCatalog catalog;
    private final JdbcClient jdbc;

    public WritersBenchmark(ProgrammeService programmes, UserService users, ApiTokenRepository tokens, OrgUnitRepository units,
                            EntryCatalog catalog, JdbcClient jdbc) {
        this.programmes = programmes;
        this.users = users;
        this.tokens = tokens;
        this.units = units;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** A fresh programme of Lai Châu (one NUMBER indicator reported by communes) and {@code count} reporters with tokens. */
    public Setup prepare(int count) {
        return CurrentActor.runAs("bench", () -> {
            String run = UUID.randomUUID().toString().substring(0, 6);
            long id = programmes.save(programme("BENCH-GHI-" + run + "-CTr/TU"), "bench", false);
            var indicator = catalog.indicators(id).get(0);
            OrgUnit province = units.findByCode("12").orElseThrow();
            List<OrgUnit> communes = units.within(province.id(), OrgUnit.Level.COMMUNE);
            int contested = count / 2;
            if (communes.size() < count - contested + 1) {
                throw new IllegalArgumentException("Tỉnh Lai Châu chỉ có " + communes.size() + " xã; hãy giảm số người ghi");
            }
            List<Writer> writers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String unit = i < contested ? communes.get(0).code() : communes.get(1 + i - contested).code();
                writers.add(writer(i, "bench-ghi-" + run + "-" + i, unit));
            }
            return new Setup(id, indicator.id(), indicator.dataElement(), communes.get(0).code(), writers);
        });
    }

    private Writer writer(int i, String username, String unitCode) {
        String password = "Bench-" + UUID.randomUUID();
        long id = users.create(new NewUser(username, "Người ghi " + i, null, unitCode, null, null), password, false);
        users.grant(id, Role.REPORTER, units.findByCode(unitCode).orElseThrow().id());
        String token = tokens.create(users.findById(id).orElseThrow(), "đo ghi đồng thời").secret();
        return new Writer(i, username, password, token, unitCode, Channel.values()[i % Channel.values().length]);
    }

    static ProgrammeDocument programme(String number) {
        Indicator indicator = new Indicator("W.1", "Năm 2026", "Số người được đào tạo nghề (đo ghi đồng thời)", "Người",
                ValueType.NUMBER, Direction.HIGHER, new Baseline(2025, "0", BigDecimal.ZERO),
                List.of(new Target(2026, "1.000", Comparator.EQ, new BigDecimal("1000"))), List.of("UBND tỉnh"), false,
                List.of(), List.of(), false, null, 1);
        return new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2026, 1, 5), "Ban Thường vụ Tỉnh ủy",
                new OrgUnitRef("12", null), "chương trình hành động", List.of("71-NQ/TW"), "Chương trình mô phỏng đo ghi đồng thời"),
                List.of(indicator), List.of(), List.of());
    }

    /** Runs every writer against {@code baseUrl} for {@code seconds}, then checks the audit trail. */
    public WriterReport run(String baseUrl, Setup setup, int seconds) throws InterruptedException {
        List<String> names = setup.writers().stream().map(Writer::username).toList();
        List<WriterLoop> loops = setup.writers().stream().map(w -> new WriterLoop(baseUrl, setup, w, names)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(loops.size());
        List<WriterLoop.Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        try {
            for (WriterLoop loop : loops) {
                loop.login();
            }
            CountDownLatch start = new CountDownLatch(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> futures = new ArrayList<>();
            for (WriterLoop loop : loops) {
                futures.add(pool.submit(() -> {
                    start.await();
                    loop.until(deadline, attempts::add);
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            return WriterReport.of(setup.writers().size(), elapsed, List.copyOf(attempts), new WriterAudit(jdbc).check(setup, attempts));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("một người ghi dừng vì lỗi: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
