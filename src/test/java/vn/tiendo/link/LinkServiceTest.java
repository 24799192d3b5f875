package vn.tiendo.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;

/** Links stored from the seeds under numbers of this test's own: confirming, deciding, concurrency, replacing. */
@TiendoTest
class LinkServiceTest {

    @Autowired ProgrammeService programmes;
    @Autowired LinkService links;
    @Autowired JdbcClient jdbc;

    record Pair(long parent, long child) {
    }

    /** Lai Châu's 05-CTr/TU as {@code parentNumber} and Bình Lư's 70-KH/ĐU as {@code childNumber} implementing it. */
    private Pair store(String parentNumber, String childNumber) {
        ProgrammeDocument parent = renumber(LinkSeeds.read(LinkSeeds.LAI_CHAU), parentNumber, List.of("71-NQ/TW"));
        ProgrammeDocument child = renumber(LinkSeeds.read(LinkSeeds.BINH_LU), childNumber, List.of(parentNumber, "71-NQ/TW"));
        return new Pair(programmes.save(parent, null, false), programmes.save(child, null, false));
    }

    static ProgrammeDocument renumber(ProgrammeDocument doc, String number, List<String> implementsDocs) {
        DocumentInfo d = doc.document();
        return new ProgrammeDocument(new DocumentInfo(number, d.date(), d.issuer(), d.orgUnit(), d.kind(), implementsDocs,
                d.bases(), d.title()), doc.indicators(), doc.tasks(), doc.warnings());
    }

    private int audited(long childProgramme) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event a
                 WHERE (a.object_type = 'indicator_link' AND a.object_id::bigint IN (SELECT id FROM indicator WHERE programme_id = ?))
                    OR (a.object_type = 'task_link' AND a.object_id::bigint IN (SELECT id FROM task WHERE programme_id = ?))""")
                .param(childProgramme).param(childProgramme).query(Integer.class).single();
    }

    @Test
    void confirmingStoresEveryConfidentProposalOnceAudited() {
        Pair p = store("LNK-A/TU", "LNK-A/ĐU");
        assertThat(programmes.findSummary(p.child()).orElseThrow().parentId()).isEqualTo(p.parent());
        assertThat(links.confirmProposal(p.child(), p.parent())).isEqualTo(8 + 15);
        assertThat(links.confirmProposal(p.child(), p.parent())).isZero();
        LinkView view = links.view(p.child(), p.parent());
        assertThat(view.stored()).hasSize(23);
        StoredLink training = view.stored().get("indicator I.4");
        assertThat(training.parentCode()).isEqualTo("I.6");
        assertThat(training.origin()).isEqualTo("CONFIRMED");
        assertThat(training.version()).isZero();
        assertThat(view.stored().get("task B.VI.12").parentCode()).isEqualTo("B.VII.15");
        assertThat(audited(p.child())).isEqualTo(23);
    }

    @Test
    void officersCorrectRejectAndUnlinkAndAStaleDecisionStoresNothing() {
        Pair p = store("LNK-B/TU", "LNK-B/ĐU");
        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.TASK, "B.I.3", "B.I.2", null),
                new LinkDecision(LinkKind.INDICATOR, "I.1", "I.1", null)));
        LinkView view = links.view(p.child(), p.parent());
        assertThat(view.stored().get("task B.I.3").parentCode()).isEqualTo("B.I.2");
        assertThat(view.stored().get("task B.I.3").confidence()).isEqualTo(1.0);
        assertThat(view.stored().get("indicator I.1").confidence()).isEqualTo(1.0);
        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.TASK, "B.I.3", "B.I.3", 0)));
        assertThat(links.view(p.child(), p.parent()).stored().get("task B.I.3").version()).isEqualTo(1);

        List<LinkDecision> stale = List.of(new LinkDecision(LinkKind.TASK, "B.I.1", "B.I.1", null),
                new LinkDecision(LinkKind.TASK, "B.I.3", null, 0));
        assertThatThrownBy(() -> links.decide(p.child(), p.parent(), stale)).isInstanceOf(LinkConflictException.class)
                .hasMessageContaining("nhiệm vụ B.I.3").hasMessageContaining("vừa được người khác thay đổi; chưa lưu gì");
        assertThat(links.view(p.child(), p.parent()).stored()).containsOnlyKeys("task B.I.3", "indicator I.1");

        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.TASK, "B.I.3", null, 1)));
        assertThat(links.view(p.child(), p.parent()).stored()).containsOnlyKeys("indicator I.1");
        assertThatThrownBy(() -> links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.TASK, "B.I.1", "Z.9", null))))
                .isInstanceOf(LinkRefusedException.class).hasMessageContaining("không có nhiệm vụ mã \"Z.9\"");
    }

    @Test
    void twoOfficersConfirmingAtOnceOneWinsTheOtherIsToldAndNothingOfItIsStored() throws Exception {
        Pair p = store("LNK-C/TU", "LNK-C/ĐU");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> officer = () -> {
            start.await();
            try {
                return links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.INDICATOR, "I.2", "I.2", null),
                        new LinkDecision(LinkKind.INDICATOR, "I.1", "I.1", null)));
            } catch (LinkConflictException e) {
                return e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(officer), pool.submit(officer)));
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o instanceof Integer).containsExactly(2);
        assertThat(outcomes).filteredOn(o -> o instanceof LinkConflictException).hasSize(1);
        LinkView view = links.view(p.child(), p.parent());
        assertThat(view.stored()).containsOnlyKeys("indicator I.1", "indicator I.2");
        assertThat(view.stored().values()).allSatisfy(l -> assertThat(l.version()).isZero());
        assertThat(audited(p.child())).isEqualTo(2);
    }

    @Test
    void linkingAcrossProgrammesWithNoParentRelationIsRefused() {
        Pair p = store("LNK-D/TU", "LNK-D/ĐU");
        long other = programmes.save(renumber(LinkSeeds.read(LinkSeeds.LAI_CHAU), "LNK-D2/TU", List.of("71-NQ/TW")), null, false);
        assertThatThrownBy(() -> links.confirmProposal(p.child(), other)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("LNK-D/ĐU (Xã Bình Lư) với văn bản LNK-D2/TU (Tỉnh Lai Châu): LNK-D/ĐU không triển khai LNK-D2/TU");
        assertThatThrownBy(() -> links.view(p.parent(), p.child())).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("chính LNK-D/ĐU triển khai LNK-D/TU (liên kết sẽ tạo vòng)");
        assertThat(links.view(p.child(), p.parent()).stored()).isEmpty();
        assertThatThrownBy(() -> links.confirmProposal(p.child(), p.child())).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("với chính nó");
    }

    @Test
    void replacingAProgrammeThatDropsALinkedItemRemovesTheLinkAudited() {
        Pair p = store("LNK-E/TU", "LNK-E/ĐU");
        links.confirmProposal(p.child(), p.parent());
        ProgrammeDocument parent = renumber(LinkSeeds.read(LinkSeeds.LAI_CHAU), "LNK-E/TU", List.of("71-NQ/TW"));
        ProgrammeDocument fewer = new ProgrammeDocument(parent.document(), parent.indicators(),
                parent.tasks().stream().filter(t -> !t.code().equals("B.VIII.17")).toList(), parent.warnings());
        programmes.save(fewer, "bớt.txt", true);
        LinkView view = links.view(p.child(), p.parent());
        assertThat(view.stored()).hasSize(22).doesNotContainKey("task B.VII.14");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'task_link' AND action = 'DELETE' AND summary LIKE ?")
                .param("%B.VII.14 → B.VIII.17 vì văn bản LNK-E/TU%").query(Integer.class).single()).isEqualTo(1);
    }
}
