package vn.tiendo.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;

/** Issue 12, item 5: the diff of the hand-written seed pair 000/001 (by code) and of a derived draft (by stored links). */
@TiendoTest
class DiffServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DiffService diffs;
    @Autowired
    CascadeService cascade;

    static ProgrammeDiff.Row row(DiffService.View v, String kind, String parentCode) {
        return v.rows().stream().filter(r -> r.kind().equals(kind) && parentCode.equals(r.parentCode())).findFirst().orElseThrow();
    }

    @Test
    void theSeedPairIsMatchedByCodeWithChangedTargetsBodiesAndDroppedItems() {
        long parent = CascadeFixtures.laiChau(context);
        long child = CascadeFixtures.save(context, "001_8a8e82d6809c8145.txt", "70-KH/ĐU-" + UUID.randomUUID().toString().substring(0, 6),
                CascadeFixtures.BINH_LU);
        DiffService.View v = diffs.of(child, parent);
        assertThat(v.byLinks()).isFalse();
        ProgrammeDiff.Row schools = row(v, "indicator", "I.1");
        assertThat(schools.childCode()).isEqualTo("I.1");
        assertThat(schools.changes()).contains("chỉ tiêu").doesNotContain("nội dung");
        assertThat(schools.childDetail()).startsWith("2026: 87,5");
        assertThat(row(v, "indicator", "I.7").state()).isEqualTo("dropped");
        ProgrammeDiff.Row first = row(v, "task", "B.I.1");
        assertThat(first.state()).isEqualTo("changed");
        assertThat(first.changes()).contains("cơ quan");
        assertThat(first.parentDetail()).startsWith("Chủ trì: Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(first.childDetail()).startsWith("Chủ trì: Ban Xây dựng Đảng Đảng ủy");
    }

    @Test
    void aDerivedDraftIsMatchedByItsLinksWithOnlyBodiesAndTargetsChanged() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = CurrentActor.runAs("test", () -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        DiffService.View v = diffs.of(draft, null);
        assertThat(v.byLinks()).isTrue();
        assertThat(v.parent().id()).isEqualTo(parent);
        assertThat(v.rows()).noneMatch(r -> r.state().equals("dropped") || r.state().equals("added"));
        assertThat(v.rows()).allMatch(r -> !r.changes().contains("nội dung") && !r.changes().contains("thời gian"));
        assertThat(row(v, "task", "B.I.1").changes()).containsExactly("cơ quan");
        assertThat(row(v, "indicator", "I.1").changes()).contains("chỉ tiêu");
    }
}
