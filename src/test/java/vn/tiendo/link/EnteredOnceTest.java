package vn.tiendo.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.StaleValueException;
import vn.tiendo.entry.StoredValue;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Entered once (docs/cascade.md): Bình Lư's 70-KH/ĐU I.1 linked to Lai Châu's 05-CTr/TU I.1 is one measure for
 * Bình Lư: one row, shown in both programmes, rolled up once, audited once; linking merges, unlinking copies back.
 * The seeds are stored under this test's own numbers (ONCE-*).
 */
@TiendoTest
class EnteredOnceTest {

    @Autowired ProgrammeService programmes;
    @Autowired LinkService links;
    @Autowired DataValueService entry;
    @Autowired DataValueRepository values;
    @Autowired ProgressService progress;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationContext context;

    record Pair(long parent, long child) {
        long parentIndicator(JdbcClient jdbc, String code) {
            return id(jdbc, parent, code);
        }

        long childIndicator(JdbcClient jdbc, String code) {
            return id(jdbc, child, code);
        }

        private static long id(JdbcClient jdbc, long programme, String code) {
            return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programme).param(code)
                    .query(Long.class).single();
        }
    }

    private Pair store(String tag) {
        long[] ids = LinkTestSeeds.store(programmes, "ONCE-" + tag + "/TU", "ONCE-" + tag + "/ĐU");
        return new Pair(ids[0], ids[1]);
    }

    private void link(Pair p, String childCode, String parentCode) {
        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.INDICATOR, childCode, parentCode, null)));
    }

    private long binhLu() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = '03390'").query(Long.class).single();
    }

    private StoredValue enter(long indicator, String raw, ExpectedVersion expected) {
        return entry.save(List.of(new ValueInput(indicator, binhLu(), Period.year(2026), raw, VietnameseNumber.Policy.OFFICER,
                expected, null, new Field("v", "Ô nhập")))).stored().get(0);
    }

    private int rows(long... indicators) {
        return jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_id = ANY (?) AND org_unit_id = ?")
                .param(java.util.Arrays.stream(indicators).boxed().toArray(Long[]::new)).param(binhLu()).query(Integer.class).single();
    }

    private List<String> audit(long valueId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'data_value' AND object_id = ? ORDER BY id")
                .param(Long.toString(valueId)).query(String.class).list();
    }

    @Test
    void enteredInTheChildIsReadInTheParentAsOneRowAuditedOnce() {
        Pair p = store("A");
        long child = p.childIndicator(jdbc, "I.1");
        long parent = p.parentIndicator(jdbc, "I.1");
        link(p, "I.1", "I.1");
        StoredValue saved = enter(child, "80", ExpectedVersion.none());
        assertThat(saved.indicatorId()).isEqualTo(child);
        StoredValue inParent = values.find(parent, binhLu(), "2026").orElseThrow();
        assertThat(inParent.value()).isEqualByComparingTo("80");
        assertThat(inParent.id()).isEqualTo(saved.id());
        assertThat(inParent.indicatorId()).isEqualTo(parent);
        assertThat(rows(child, parent)).isEqualTo(1);
        assertThat(audit(saved.id())).containsExactly("CREATE");
        assertThat(values.forUnit(p.parent(), binhLu(), "2026").get(parent).value()).isEqualByComparingTo("80");
        assertThat(values.within(p.child(), binhLu(), List.of("2026"))).extracting(StoredValue::indicatorId).containsExactly(child);
    }

    @Test
    void enteredInTheParentIsSeenInTheChildAndRolledUpOnce() {
        Pair p = store("B");
        long child = p.childIndicator(jdbc, "I.1");
        long parent = p.parentIndicator(jdbc, "I.1");
        link(p, "I.1", "I.1");
        StoredValue first = enter(parent, "78", ExpectedVersion.none());
        assertThat(values.forUnit(p.child(), binhLu(), "2026").get(child).value()).isEqualByComparingTo("78");
        enter(child, "80", ExpectedVersion.of(first.version()));
        assertThat(values.find(parent, binhLu(), "2026").orElseThrow().value()).isEqualByComparingTo("80");
        assertThat(rows(child, parent)).isEqualTo(1);
        var province = jdbc.sql("""
                SELECT a.value, a.value_count FROM aggregate_value a JOIN org_unit u ON u.id = a.org_unit_id
                 WHERE u.code = '12' AND a.indicator_id = ? AND a.period = '2026'""").param(parent)
                .query((rs, n) -> List.of(rs.getBigDecimal(1), BigDecimal.valueOf(rs.getInt(2)))).single();
        assertThat(province.get(0)).isEqualByComparingTo("80");
        assertThat(province.get(1)).isEqualByComparingTo("1");
    }

    @Test
    void eachProgrammeComparesTheSharedValueWithItsOwnTarget() {
        Pair p = store("C");
        link(p, "I.1", "I.1");
        enter(p.childIndicator(jdbc, "I.1"), "80", ExpectedVersion.none());
        IndicatorProgress province = progress.forUnit(p.parent(), binhLu(), 2026).stream()
                .filter(r -> r.indicator().code().equals("I.1")).findFirst().orElseThrow();
        IndicatorProgress commune = progress.forUnit(p.child(), binhLu(), 2026).stream()
                .filter(r -> r.indicator().code().equals("I.1")).findFirst().orElseThrow();
        assertThat(province.latest().value()).isEqualByComparingTo("80");
        assertThat(commune.latest().value()).isEqualByComparingTo("80");
        assertThat(province.assessment().reference()).isEqualByComparingTo("72.6");
        assertThat(commune.assessment().reference()).isEqualByComparingTo("87.5");
        assertThat(province.assessment().status()).isEqualTo(Status.MET);
        assertThat(commune.assessment().status()).isNotIn(Status.MET, Status.ON_TRACK, Status.NO_DATA);
    }

    @Test
    void confirmingWithEqualValuesKeepsOneAndMovesChildOnlyValues() {
        Pair p = store("D");
        long child1 = p.childIndicator(jdbc, "I.1");
        long parent1 = p.parentIndicator(jdbc, "I.1");
        long child3 = p.childIndicator(jdbc, "I.3");
        long parent3 = p.parentIndicator(jdbc, "I.3");
        enter(child1, "80", ExpectedVersion.none());
        StoredValue kept = enter(parent1, "80", ExpectedVersion.none());
        StoredValue moved = enter(child3, "92", ExpectedVersion.none());
        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.INDICATOR, "I.1", "I.1", null),
                new LinkDecision(LinkKind.INDICATOR, "I.3", "I.3", null)));
        assertThat(rows(child1, parent1)).isEqualTo(1);
        assertThat(values.find(child1, binhLu(), "2026").orElseThrow().id()).isEqualTo(kept.id());
        assertThat(rows(child3)).isZero();
        assertThat(values.find(parent3, binhLu(), "2026").orElseThrow().id()).isEqualTo(moved.id());
        assertThat(values.find(parent3, binhLu(), "2026").orElseThrow().value()).isEqualByComparingTo("92");
        assertThat(audit(moved.id())).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void confirmingWithDifferentValuesIsRefusedListingThemAndStoresNothing() {
        Pair p = store("E");
        long child = p.childIndicator(jdbc, "I.1");
        long parent = p.parentIndicator(jdbc, "I.1");
        enter(child, "80", ExpectedVersion.none());
        enter(parent, "78,5", ExpectedVersion.none());
        enter(p.childIndicator(jdbc, "I.3"), "92", ExpectedVersion.none());
        assertThatThrownBy(() -> links.decide(p.child(), p.parent(), List.of(
                new LinkDecision(LinkKind.INDICATOR, "I.3", "I.3", null), new LinkDecision(LinkKind.INDICATOR, "I.1", "I.1", null))))
                .isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("chỉ tiêu I.1 (ONCE-E/ĐU)").hasMessageContaining("chỉ tiêu I.1 (ONCE-E/TU)")
                .hasMessageContaining("Xã Bình Lư kỳ 2026").hasMessageContaining("ghi 80").hasMessageContaining("ghi 78,5")
                .hasMessageContaining("chưa lưu gì");
        assertThat(links.view(p.child(), p.parent()).stored()).isEmpty();
        assertThat(rows(child, parent)).isEqualTo(2);
        assertThat(rows(p.childIndicator(jdbc, "I.3"))).isEqualTo(1);
    }

    @Test
    void unlinkingCopiesTheSharedValueBackSoTheChildKeepsIt() {
        Pair p = store("F");
        long child = p.childIndicator(jdbc, "I.1");
        long parent = p.parentIndicator(jdbc, "I.1");
        link(p, "I.1", "I.1");
        enter(child, "80", ExpectedVersion.none());
        links.decide(p.child(), p.parent(), List.of(new LinkDecision(LinkKind.INDICATOR, "I.1", null, 0)));
        assertThat(rows(child)).isEqualTo(1);
        assertThat(rows(parent)).isEqualTo(1);
        StoredValue copy = values.find(child, binhLu(), "2026").orElseThrow();
        assertThat(copy.value()).isEqualByComparingTo("80");
        assertThat(copy.id()).isNotEqualTo(values.find(parent, binhLu(), "2026").orElseThrow().id());
        assertThat(audit(copy.id())).containsExactly("CREATE");
        enter(child, "81", ExpectedVersion.of(1));
        assertThat(values.find(parent, binhLu(), "2026").orElseThrow().value()).isEqualByComparingTo("80");
    }

    @Test
    void aStaleVersionThroughTheOtherProgrammeIsRefused() {
        Pair p = store("G");
        long child = p.childIndicator(jdbc, "I.1");
        long parent = p.parentIndicator(jdbc, "I.1");
        link(p, "I.1", "I.1");
        enter(child, "80", ExpectedVersion.none());
        enter(parent, "81", ExpectedVersion.of(1));
        assertThatThrownBy(() -> enter(child, "82", ExpectedVersion.of(1))).isInstanceOf(StaleValueException.class)
                .hasMessageContaining("phiên bản 2");
        assertThat(values.find(child, binhLu(), "2026").orElseThrow().value()).isEqualByComparingTo("81");
    }

    @Test
    void replacingTheParentWithoutTheLinkedIndicatorLeavesTheChildItsValues() {
        Pair p = store("H");
        long child = p.childIndicator(jdbc, "I.3");
        link(p, "I.3", "I.3");
        enter(child, "92", ExpectedVersion.none());
        vn.tiendo.programme.ProgrammeDocument doc = LinkServiceTest.renumber(LinkSeeds.read(LinkSeeds.LAI_CHAU), "ONCE-H/TU",
                List.of("71-NQ/TW"));
        vn.tiendo.programme.ProgrammeDocument fewer = new vn.tiendo.programme.ProgrammeDocument(doc.document(),
                doc.indicators().stream().filter(i -> !i.code().equals("I.3")).toList(), doc.tasks(), doc.warnings());
        assertThat(programmes.planReplacement(fewer).orElseThrow().losses()).extracting(l -> l.describe())
                .containsExactly("chỉ tiêu I.3 \"Hoàn thành giáo dục bắt buộc hết trung học cơ sở\" (1 số liệu)");
        programmes.save(fewer, "bớt.txt", true, programmes.planReplacement(fewer).orElseThrow().lossesKey());
        assertThat(links.view(p.child(), p.parent()).stored()).isEmpty();
        StoredValue kept = values.find(child, binhLu(), "2026").orElseThrow();
        assertThat(kept.value()).isEqualByComparingTo("92");
        assertThat(audit(kept.id())).containsExactly("CREATE");
    }

    @Test
    void anApprovedReportOfTheParentProgrammeLocksTheSharedValueInTheChild() {
        Pair p = store("L");
        long child = p.childIndicator(jdbc, "I.1");
        link(p, "I.1", "I.1");
        enter(p.parentIndicator(jdbc, "I.1"), "80", ExpectedVersion.none());
        vn.tiendo.dataapproval.ApprovalService approvals = context.getBean(vn.tiendo.dataapproval.ApprovalService.class);
        vn.tiendo.audit.CurrentActor.runAs("xa-binh-lu", () -> approvals.submit(p.parent(), "03390", "2026", "thử nghiệm khóa"));
        vn.tiendo.audit.CurrentActor.runAs("phe-duyet-tinh", () -> approvals.approve(p.parent(), "03390", "2026"));
        assertThatThrownBy(() -> enter(child, "81", ExpectedVersion.of(1)))
                .isInstanceOf(vn.tiendo.entry.LockedReportException.class).hasMessageContaining("Xã Bình Lư");
        assertThat(values.find(child, binhLu(), "2026").orElseThrow().value()).isEqualByComparingTo("80");
    }
}
