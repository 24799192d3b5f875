package vn.tiendo.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.storage.OrgUnitRepository;

/** Issue 12, items 3–4 and the bad inputs: deriving, editing and issuing commune drafts; the body mapping. */
@TiendoTest
class CascadeServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CascadeService cascade;
    @Autowired
    DraftService drafts;
    @Autowired
    BodyMappingService mapping;
    @Autowired
    AlignmentService alignment;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    JdbcClient jdbc;

    <T> T as(Callable<T> work) {
        return CurrentActor.runAs("test", () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void derivesADraftWithMappedBodiesLinksAndNoTargets() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        CascadeStore.Header h = drafts.header(draft).orElseThrow();
        assertThat(h.status()).isEqualTo("DRAFT");
        assertThat(h.unitCode()).isEqualTo(CascadeFixtures.TA_TONG);
        assertThat(h.parentId()).isEqualTo(parent);
        ProgrammeDocument p = drafts.document(parent);
        ProgrammeDocument d = drafts.document(draft);
        assertThat(d.indicatorCount()).isEqualTo(p.indicatorCount());
        assertThat(d.targetCount()).isZero();
        assertThat(d.tasks()).hasSize(p.tasks().size());
        assertThat(task(p, "A.1").lead()).containsExactly("Đảng ủy UBND tỉnh");
        assertThat(task(d, "A.1").lead()).containsExactly("UBND xã");
        assertThat(task(p, "B.I.1").lead()).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(task(d, "B.I.1").lead()).containsExactly("Ban Xây dựng Đảng Đảng ủy");
        assertThat(task(d, "B.I.1").timeframe()).isEqualTo(task(p, "B.I.1").timeframe());
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_link l JOIN indicator c ON c.id = l.child_indicator_id"
                + " WHERE c.programme_id = ? AND l.origin = 'DERIVED'").param(draft).query(Integer.class).single()).isEqualTo(p.indicatorCount());
        assertThat(jdbc.sql("SELECT count(*) FROM task_link l JOIN task c ON c.id = l.child_task_id WHERE c.programme_id = ?")
                .param(draft).query(Integer.class).single()).isEqualTo(p.tasks().size());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DERIVE' AND object_id = ?").param(Long.toString(draft))
                .query(Integer.class).single()).isEqualTo(1);
    }

    static Task task(ProgrammeDocument doc, String code) {
        return doc.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aUnitOutsideTheProvinceIsRefused() {
        long parent = CascadeFixtures.laiChau(context);
        OrgUnit bacNinhCommune = units.within(units.findByCode("24").orElseThrow().id(), OrgUnit.Level.COMMUNE).get(0);
        assertThatThrownBy(() -> as(() -> cascade.derive(parent, bacNinhCommune.code())))
                .isInstanceOf(CascadeRefusedException.class)
                .hasMessage(bacNinhCommune.fullName() + " (mã " + bacNinhCommune.code() + ") không phải xã, phường, đặc khu của Tỉnh Lai Châu;"
                        + " không tạo kế hoạch từ văn bản " + drafts.header(parent).orElseThrow().number() + ".");
        assertThat(cascade.derived(parent)).isEmpty();
    }

    @Test
    void derivingTwiceOffersTheExistingDraft() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        assertThatThrownBy(() -> as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG)))
                .isInstanceOfSatisfying(DraftExistsException.class, e -> assertThat(e.existingId()).isEqualTo(draft))
                .hasMessageContaining("Xã Tà Tổng đã có kế hoạch tạo từ văn bản").hasMessageContaining("/chuong-trinh/" + draft + "/du-thao");
        assertThat(cascade.derived(parent)).hasSize(1);
    }

    @Test
    void twoDerivationsRacingForOneCommuneMakeOneDraft() throws Exception {
        long parent = CascadeFixtures.laiChau(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> derive = () -> {
            start.await();
            try {
                return as(() -> cascade.derive(parent, CascadeFixtures.BINH_LU));
            } catch (CascadeRefusedException e) {
                return e;
            }
        };
        Future<Object> a = pool.submit(derive);
        Future<Object> b = pool.submit(derive);
        start.countDown();
        List<Object> results = List.of(a.get(), b.get());
        pool.shutdown();
        assertThat(results).filteredOn(r -> r instanceof Long).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof DraftExistsException).hasSize(1);
        assertThat(cascade.derived(parent)).hasSize(1);
    }

    @Test
    void derivingAllCommunesMakesOneDraftEachInOneGo() {
        long parent = CascadeFixtures.laiChau(context);
        as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        CascadeService.Derived all = as(() -> cascade.deriveAll(parent));
        assertThat(all.drafts()).hasSize(37).doesNotContainKey(CascadeFixtures.TA_TONG);
        assertThat(all.existing()).containsOnlyKeys(CascadeFixtures.TA_TONG);
        assertThat(cascade.derived(parent)).hasSize(38);
    }

    @Test
    void issuingWithUnfilledMandatoryTargetsIsRefusedWithTheList() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        int version = drafts.header(draft).orElseThrow().version();
        assertThatThrownBy(() -> as(() -> {
            drafts.issue(draft, version, "12-KH/ĐU", LocalDate.of(2026, 3, 1), "Nguyễn Văn A");
            return null;
        })).isInstanceOf(CascadeRefusedException.class)
                .hasMessageStartingWith("Không ban hành được kế hoạch của Xã Tà Tổng: chưa có chỉ tiêu của xã cho: I.1 Trường đạt chuẩn quốc gia; I.2 Hoàn thành phổ cập giáo dục mầm non");
        assertThat(drafts.header(draft).orElseThrow().status()).isEqualTo("DRAFT");
    }

    @Test
    void aFilledDraftIsIssuedAndAWeakerTargetIsFlagged() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = as(() -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        Set<String> keep = Set.of("I.1", "I.2");
        Set<String> drop = new java.util.HashSet<>(drafts.document(draft).indicators().stream().map(i -> i.code()).toList());
        drop.removeAll(keep);
        int v = drafts.header(draft).orElseThrow().version();
        as(() -> {
            drafts.save(draft, new DraftEdit(v, Map.of("I.1", Map.of(2026, "70"), "I.2", Map.of(2026, "100")), Map.of("I.1", "70"), drop, Set.of()));
            return null;
        });
        assertThat(drafts.missingTargets(draft)).isEmpty();
        int v2 = drafts.header(draft).orElseThrow().version();
        as(() -> {
            drafts.issue(draft, v2, "16-KH/ĐU", LocalDate.of(2026, 3, 20), "Lò Văn B");
            return null;
        });
        CascadeStore.Header issued = drafts.header(draft).orElseThrow();
        assertThat(issued.status()).isEqualTo("ISSUED");
        assertThat(issued.number()).isEqualTo("16-KH/ĐU");
        Alignment a = alignment.of(parent);
        assertThat(a.communes()).filteredOn(c -> c.code().equals(CascadeFixtures.TA_TONG)).singleElement()
                .satisfies(c -> assertThat(c.statusText()).isEqualTo("Đã ban hành"));
        assertThat(a.gaps()).singleElement().satisfies(g -> {
            assertThat(g.indicatorCode()).isEqualTo("I.1");
            assertThat(g.year()).isEqualTo(2026);
            assertThat(g.parentText()).isEqualTo("72,6");
            assertThat(g.childText()).isEqualTo("70");
            assertThat(g.weaker()).isTrue();
        });
        assertThat(a.counts()).filteredOn(c -> c.indicatorCode().equals("I.2") && c.year() == 2026).singleElement()
                .satisfies(c -> {
                    assertThat(c.needed()).isEqualTo(8);
                    assertThat(c.promised()).isEqualTo(1);
                    assertThat(c.enough()).isFalse();
                });
    }

    @Test
    void aMappingWithACycleIsRefused() {
        assertThatThrownBy(() -> as(() -> mapping.save("Ban Xây dựng Đảng Đảng ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy")))
                .isInstanceOf(CascadeRefusedException.class)
                .hasMessage("Ánh xạ cơ quan \"Ban Xây dựng Đảng Đảng ủy\" tạo thành vòng lặp: Ban Xây dựng Đảng Đảng ủy"
                        + " → Ban Tuyên giáo và Dân vận Tỉnh ủy → Ban Xây dựng Đảng Đảng ủy. Không lưu.");
        assertThat(mapping.all()).noneMatch(m -> m.provinceName().equals("Ban Xây dựng Đảng Đảng ủy"));
    }

    @Test
    void aMappingOfAnUnknownBodyIsRefused() {
        String name = "Sở Không Tồn Tại " + UUID.randomUUID().toString().substring(0, 4);
        assertThatThrownBy(() -> as(() -> mapping.save(name, "UBND xã")))
                .isInstanceOf(CascadeRefusedException.class)
                .hasMessageStartingWith("Ánh xạ cơ quan: không biết cơ quan cấp tỉnh \"" + name + "\"");
        assertThatThrownBy(() -> as(() -> mapping.save("Sở Giáo dục và Đào tạo", "xyz")))
                .isInstanceOf(CascadeRefusedException.class)
                .hasMessageStartingWith("Ánh xạ cơ quan \"Sở Giáo dục và Đào tạo\": \"xyz\" không phải tên một cơ quan cấp xã");
        assertThat(mapping.all()).filteredOn(m -> m.provinceName().equals("Sở Giáo dục và Đào tạo")).singleElement()
                .satisfies(m -> assertThat(m.communeNames()).containsExactly("UBND xã"));
    }
}
