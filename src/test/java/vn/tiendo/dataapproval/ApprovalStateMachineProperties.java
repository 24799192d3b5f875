package vn.tiendo.dataapproval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContextManager;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryRejectedException;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.LockedReportException;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TiendoPrincipal;

/**
 * The reporting workflow as a state machine on the real database: a random province with 1–2 of its communes
 * taking part (the others accepted as missing), random users holding random roles on the nation, the province or a
 * commune, and random sequences of submit / approve / return / unlock / accept-missing / write. After every step:
 * no value of an approved report changed; an approval succeeded only for APPROVE held strictly above; no commune is
 * un-approved under an approved province; every successful transition is audited exactly once; completeness rates lie
 * in [0, 100] and equal a recount from scratch. Each try owns its programme.
 */
class ApprovalStateMachineProperties {

    /** The suite's one Spring context (same configuration as every @TiendoTest, so the context cache shares it). */
    @TiendoTest
    static class Shared {
    }

    static final String PERIOD = "2026S1";
    static final List<String> TRANSITIONS = List.of("SUBMIT", "APPROVE", "RETURN", "UNLOCK", "ACCEPT_MISSING");

    enum Kind { SUBMIT, APPROVE, RETURN, UNLOCK, ACCEPT_MISSING, WRITE }

    record Step(Kind kind, int unit, int user, boolean withText) {
    }

    record Scenario(int province, List<Integer> communes, int happyPrefix, List<Step> steps) {
    }

    /** A test user: id, name, role and the unit it is granted on (index: 0 nation, 1 province, 2.. communes). */
    record Actor(long id, String username, Role role, int grantedOn) {
    }

    static ApplicationContext context;

    static synchronized ApplicationContext context() {
        if (context == null) {
            try {
                TestContextManager manager = new TestContextManager(Shared.class);
                context = manager.getTestContext().getApplicationContext();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return context;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(net.jqwik.api.Tuple.of(4, Kind.SUBMIT), net.jqwik.api.Tuple.of(4, Kind.APPROVE),
                net.jqwik.api.Tuple.of(1, Kind.RETURN), net.jqwik.api.Tuple.of(2, Kind.UNLOCK), net.jqwik.api.Tuple.of(1, Kind.ACCEPT_MISSING),
                net.jqwik.api.Tuple.of(2, Kind.WRITE));
        Arbitrary<Step> step = Combinators.combine(kinds, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 15), Arbitraries.of(true, true, true, false)).as(Step::new);
        return Combinators.combine(Arbitraries.integers().between(0, 33),
                        Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(2).uniqueElements(),
                        Arbitraries.integers().between(0, 6), step.list().ofMinSize(6).ofMaxSize(20))
                .as(Scenario::new);
    }

    @Property(tries = 25)
    void theWorkflowKeepsItsInvariants(@ForAll("scenarios") Scenario scenario) {
        new Run(context(), scenario).play();
    }

    @AfterProperty
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    /** One try: its programme, units, users and the checks after every step. */
    static final class Run {

        final JdbcClient jdbc;
        final ApprovalService approvals;
        final CompletenessService completeness;
        final DataValueService values;
        final Scenario scenario;
        final List<String> units = new ArrayList<>();     // 0 province, 1.. chosen communes (official codes)
        final List<Long> unitIds = new ArrayList<>();
        final List<Actor> actors = new ArrayList<>();
        final Map<String, Integer> done = new HashMap<>();
        long programme;
        long indicator;

        Run(ApplicationContext c, Scenario scenario) {
            this.jdbc = c.getBean(JdbcClient.class);
            this.approvals = c.getBean(ApprovalService.class);
            this.completeness = c.getBean(CompletenessService.class);
            this.values = c.getBean(DataValueService.class);
            this.scenario = scenario;
            setUp(c);
        }

        void setUp(ApplicationContext c) {
            List<String> provinces = jdbc.sql("SELECT code FROM org_unit WHERE level = 'PROVINCE' ORDER BY code").query(String.class).list();
            String province = provinces.get(scenario.province() % provinces.size());
            units.add(province);
            List<String> communes = jdbc.sql("SELECT c.code FROM org_unit c JOIN org_unit p ON c.parent_id = p.id"
                    + " WHERE p.code = ? AND c.level = 'COMMUNE' ORDER BY c.code").param(province).query(String.class).list();
            for (int pick : scenario.communes()) {
                String code = communes.get(pick % communes.size());
                if (!units.contains(code)) {
                    units.add(code);
                }
            }
            units.forEach(code -> unitIds.add(jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single()));
            programme = TestProgrammes.save(c, province, "P" + UUID.randomUUID().toString().substring(0, 8) + "-CTr/TU", false);
            indicator = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = 'I.1'").param(programme).query(Long.class).single();
            for (String code : communes) {
                if (!units.contains(code)) {
                    approvals.acceptMissing(programme, code, PERIOD, "không tham gia thử nghiệm");   // as the local process
                    count("ACCEPT_MISSING");
                }
            }
            createActors();
        }

        void createActors() {
            actors.add(actor(Role.REPORTER, 1));
            actors.add(actor(Role.REPORTER, 2));
            actors.add(actor(Role.APPROVER, 1));
            actors.add(actor(Role.APPROVER, 0));
            actors.add(actor(Role.APPROVER, 2));
            actors.add(actor(Role.ADMIN, 1));
            actors.add(actor(Role.VIEWER, 1));
            actors.add(actor(Role.PROGRAMME_OWNER, Math.min(3, units.size())));
        }

        Actor actor(Role role, int on) {
            int grantedOn = Math.min(on, units.size());    // 0 = nation, 1 = province, 2.. = chosen communes
            long unitId = grantedOn == 0 ? jdbc.sql("SELECT id FROM org_unit WHERE level = 'NATION'").query(Long.class).single()
                    : unitIds.get(grantedOn - 1);
            String name = "sm-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
            long id = jdbc.sql("INSERT INTO app_user (username, password_hash, created_by) VALUES (?, 'không đăng nhập', 'test') RETURNING id")
                    .param(name).query(Long.class).single();
            jdbc.sql("INSERT INTO role_grant (user_id, role, org_unit_id, granted_by) VALUES (?, ?, ?, 'test')")
                    .params(id, role.name(), unitId).update();
            return new Actor(id, name, role, grantedOn);
        }

        /** The usual path first (communes send and are approved, then the province), cut at a random length. */
        List<Step> steps() {
            List<Step> happy = new ArrayList<>();
            for (int u = 1; u < units.size(); u++) {
                happy.add(new Step(Kind.SUBMIT, u, 0, true));
                happy.add(new Step(Kind.APPROVE, u, 0, true));
            }
            happy.add(new Step(Kind.SUBMIT, 0, 0, true));
            happy.add(new Step(Kind.APPROVE, 0, 0, true));
            List<Step> all = new ArrayList<>(happy.subList(0, Math.min(happy.size(), scenario.happyPrefix())));
            all.addAll(scenario.steps());
            return all;
        }

        void play() {
            for (Step step : steps()) {
                int unit = step.unit() % units.size();
                Actor actor = step.user() < 10 ? likely(step.kind(), unit) : actors.get(step.user() % actors.size());
                Map<Integer, List<String>> lockedBefore = lockedValues();
                boolean succeeded = as(actor, () -> act(step, unit));
                net.jqwik.api.statistics.Statistics.collect(step.kind(), unit == 0 ? "tỉnh" : "xã", succeeded ? "thực hiện" : "từ chối");
                if (succeeded && step.kind() == Kind.APPROVE) {
                    assertThat(approvesAbove(actor, unit)).as(actor + " approved unit " + unit).isTrue();
                }
                Map<Integer, List<String>> lockedAfter = lockedValues();
                lockedBefore.forEach((u, v) -> {
                    if (lockedAfter.containsKey(u)) {
                        assertThat(lockedAfter.get(u)).as("values of locked report " + units.get(u)).isEqualTo(v);
                    }
                });
                checkInvariants();
            }
        }

        /** The user who would normally take this step: the unit's reporter, or the approver of the level above. */
        Actor likely(Kind kind, int unit) {
            if (kind == Kind.SUBMIT || kind == Kind.WRITE) {
                return unit == 1 ? actors.get(1) : actors.get(0);
            }
            return unit == 0 ? actors.get(3) : actors.get(2);
        }

        boolean as(Actor a, java.util.function.BooleanSupplier work) {
            TiendoPrincipal principal = new TiendoPrincipal(a.id(), a.username(), "x", true, false);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
            try {
                return work.getAsBoolean();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** Runs one step; true when it succeeded, false when it was refused with a clear message. */
        boolean act(Step step, int unit) {
            String code = units.get(unit);
            String text = step.withText() ? "lý do thử nghiệm" : " ";
            try {
                switch (step.kind()) {
                    case SUBMIT -> approvals.submit(programme, code, PERIOD, text);
                    case APPROVE -> approvals.approve(programme, code, PERIOD);
                    case RETURN -> approvals.giveBack(programme, code, PERIOD, text);
                    case UNLOCK -> approvals.unlock(programme, code, PERIOD, text);
                    case ACCEPT_MISSING -> approvals.acceptMissing(programme, code, PERIOD, text);
                    case WRITE -> values.save(List.of(new ValueInput(indicator, unitIds.get(unit), Period.parse(PERIOD),
                            Integer.toString(10 + step.user() * 7 % 80), VietnameseNumber.Policy.MACHINE, ExpectedVersion.anyVersion(),
                            null, new Field("value", "Giá trị"))));
                }
            } catch (ReportConflictException | ReportRefusedException | AccessRefusedException | LockedReportException
                     | EntryRejectedException e) {
                assertThat(e.getMessage()).isNotBlank();
                return false;
            }
            if (step.kind() != Kind.WRITE) {
                count(step.kind().name());
            }
            return true;
        }

        void count(String action) {
            done.merge(action, 1, Integer::sum);
        }

        boolean approvesAbove(Actor a, int unit) {
            boolean approveRole = a.role() == Role.APPROVER || a.role() == Role.ADMIN;
            // above the province: only the nation; above a commune: the nation or the province
            return approveRole && (a.grantedOn() == 0 || (unit > 0 && a.grantedOn() == 1));
        }

        /** The stored values of every approved report, by unit index. */
        Map<Integer, List<String>> lockedValues() {
            Map<Integer, List<String>> out = new HashMap<>();
            for (int u = 0; u < units.size(); u++) {
                String state = jdbc.sql("SELECT state FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ?")
                        .params(programme, unitIds.get(u), PERIOD).query(String.class).optional().orElse("DRAFT");
                if (state.equals("APPROVED")) {
                    out.put(u, jdbc.sql("SELECT indicator_id || ':' || coalesce(value::text, '') || ':' || version FROM data_value"
                                    + " WHERE org_unit_id = ? AND period = ? AND indicator_id = ?")
                            .params(unitIds.get(u), PERIOD, indicator).query(String.class).list());
                }
            }
            return out;
        }

        void checkInvariants() {
            String provinceState = jdbc.sql("SELECT state FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ?")
                    .params(programme, unitIds.get(0), PERIOD).query(String.class).optional().orElse("DRAFT");
            if (provinceState.equals("APPROVED")) {
                int open = jdbc.sql("""
                        SELECT count(*) FROM org_unit c LEFT JOIN period_report r ON r.org_unit_id = c.id AND r.programme_id = ? AND r.period = ?
                         WHERE c.parent_id = ? AND c.level = 'COMMUNE' AND NOT (coalesce(r.state, 'DRAFT') = 'APPROVED'
                               OR coalesce(r.accepted_missing, FALSE))""").params(programme, PERIOD, unitIds.get(0))
                        .query(Integer.class).single();
                assertThat(open).as("communes neither approved nor accepted under an approved province").isZero();
            }
            for (String action : TRANSITIONS) {
                int audited = jdbc.sql("""
                        SELECT count(*) FROM audit_event e JOIN period_report r ON e.object_id = r.id::text
                         WHERE e.object_type = 'period_report' AND r.programme_id = ? AND e.action = ?""")
                        .params(programme, action).query(Integer.class).single();
                assertThat(audited).as("audit events " + action).isEqualTo(done.getOrDefault(action, 0));
            }
            checkCompleteness();
        }

        void checkCompleteness() {
            Completeness c = completeness.completeness(programme, PERIOD, units.get(0));
            int expected = jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = ? AND level = 'COMMUNE'").param(unitIds.get(0))
                    .query(Integer.class).single();
            Map<String, Object> recount = jdbc.sql("""
                    SELECT count(*) FILTER (WHERE r.state IN ('SUBMITTED', 'APPROVED')) AS submitted,
                           count(*) FILTER (WHERE r.state = 'APPROVED') AS approved
                      FROM period_report r JOIN org_unit u ON u.id = r.org_unit_id
                     WHERE r.programme_id = ? AND r.period = ? AND u.parent_id = ?""").params(programme, PERIOD, unitIds.get(0))
                    .query().singleRow();
            int submitted = ((Number) recount.get("submitted")).intValue();
            assertThat(c.expected()).isEqualTo(expected);
            assertThat(c.submitted()).isEqualTo(submitted);
            assertThat(c.approved()).isEqualTo(((Number) recount.get("approved")).intValue());
            assertThat(c.missing()).isEqualTo(expected - submitted);
            assertThat(c.onTime() + c.late()).isEqualTo(submitted);
            assertThat(c.completenessRate()).isBetween(0.0, 100.0)
                    .isEqualTo(BigDecimal.valueOf(100.0 * submitted / expected).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
            assertThat(c.timelinessRate()).isBetween(0.0, c.completenessRate());
        }
    }
}
