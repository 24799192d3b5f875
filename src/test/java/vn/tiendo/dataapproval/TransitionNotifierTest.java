package vn.tiendo.dataapproval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TiendoPrincipal;

/** Notifications go through the TransitionNotifier port: in-app today, and one more bean (e-mail) plugs in beside it. */
@TiendoTest
class TransitionNotifierTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationStore store;

    @Test
    void theChannelsAreInAppAndMail() {
        assertThat(context.getBeansOfType(TransitionNotifier.class).values()).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrder("InAppNotifier", "MailTransitionNotifier");
        assertThat(context.getBean(TransitionNotices.class).channels()).hasSize(2);
    }

    @Test
    void aSecondChannelReceivesEveryNoticeWithTheSameRecipientsAsTheInAppOne() {
        EntryFixtures.Saved p = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc));
        TestUsers.TestUser reporter = TestUsers.create(context, Role.REPORTER, "03390");
        TestUsers.TestUser approver = TestUsers.create(context, Role.APPROVER, "12");
        List<TransitionNotice> mailed = new ArrayList<>();
        TransitionNotices both = new TransitionNotices(List.of(context.getBean(InAppNotifier.class), mailed::add));
        ApprovalService approvals = new ApprovalService(context.getBean(ReportTargets.class), context.getBean(ReportStore.class),
                context.getBean(EntrySheets.class), context.getBean(AccessPolicy.class), context.getBean(AuditLog.class), both,
                context.getBean(Clock.class), context.getBean(AuditContext.class), context.getBean(ReportTasks.class));

        as(reporter, () -> approvals.submit(p.id(), "03390", "2026S1", "Còn thiếu số liệu trường học"));
        as(approver, () -> approvals.giveBack(p.id(), "03390", "2026S1", "Bổ sung số liệu"));

        assertThat(mailed).extracting(TransitionNotice::action).containsExactly("SUBMIT", "RETURN");
        assertThat(mailed).extracting(TransitionNotice::audience)
                .containsExactly(TransitionNotice.Audience.APPROVERS_ABOVE, TransitionNotice.Audience.UNIT_REPORTERS);
        assertThat(mailed.get(0).link()).isEqualTo("/bao-cao/" + p.id() + "/03390/2026S1");
        assertThat(mailed.get(1).submittedBy()).isEqualTo(reporter.username());
        assertThat(store.recipients(mailed.get(0))).extracting(NotificationStore.Recipient::userId).contains(approver.id())
                .doesNotContain(reporter.id());
        assertThat(store.recipients(mailed.get(1))).extracting(NotificationStore.Recipient::userId).contains(reporter.id())
                .doesNotContain(approver.id());
        assertThat(inApp(approver.id(), p.number())).isEqualTo(1);
        assertThat(inApp(reporter.id(), p.number())).isEqualTo(1);
    }

    int inApp(long userId, String number) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND message LIKE ?").param(userId).param("%" + number + "%")
                .query(Integer.class).single();
    }

    static <T> T as(TestUsers.TestUser user, Supplier<T> work) {
        TiendoPrincipal principal = new TiendoPrincipal(user.id(), user.username(), "x", true, false);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return CurrentActor.runAs(user.username(), work::get);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
