package vn.tiendo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/** Properties of the link proposal on generated programmes of Vietnamese words. */
class LinkProposerPropertiesTest {

    private static final List<String> WORDS = List.of("Trường", "đạt", "chuẩn", "quốc", "gia", "phổ", "cập", "giáo",
            "dục", "mầm", "non", "đào", "tạo", "nghề", "tiếng", "Anh", "Trung", "Quốc", "chuyển", "đổi", "số", "học",
            "sinh", "giỏi", "kiểm", "tra", "giám", "sát", "sơ", "kết", "tổng", "đội", "ngũ", "nhà", "giáo", "cơ",
            "sở", "vật", "chất", "thể", "chất", "dinh", "dưỡng", "đường", "bạo", "lực", "ma", "túy", "hợp", "tác");

    private static final List<String> GROUPS = List.of("Đến năm 2030", "Đến năm 2035", "Nâng cao nhận thức",
            "Chuyển đổi số", "Hợp tác quốc tế");

    /** A generated pair: a parent programme, and a child made of some of its items reworded a little. */
    record Pair(ProgrammeDocument parent, ProgrammeDocument child) {
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<String> title = Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(12).map(w -> String.join(" ", w));
        Arbitrary<List<String>> titles = title.list().ofMinSize(1).ofMaxSize(15);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 3).list().ofSize(15);
        return titles.flatMap(ts -> picks.map(ps -> pair(ts, ps)));
    }

    private static Pair pair(List<String> titles, List<Integer> picks) {
        List<Task> parentTasks = new ArrayList<>();
        List<Indicator> parentIndicators = new ArrayList<>();
        List<Task> childTasks = new ArrayList<>();
        List<Indicator> childIndicators = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String group = GROUPS.get(i % GROUPS.size());
            String t = titles.get(i);
            parentTasks.add(task(String.valueOf(i + 1), group, t));
            parentIndicators.add(indicator("I." + (i + 1), group, t, i % 2 == 0 ? "%" : "Người"));
            int pick = picks.get(i);
            String reworded = pick == 2 ? t + " trên địa bàn xã" : pick == 3 ? t.substring(t.indexOf(' ') + 1) : t;
            if (pick > 0) {
                childTasks.add(task(String.valueOf(childTasks.size() + 1), group, reworded));
                childIndicators.add(indicator("I." + (childIndicators.size() + 1), group, reworded, i % 2 == 0 ? "%" : "Người"));
            }
        }
        return new Pair(doc("05-CTr/TU", List.of(), parentIndicators, parentTasks),
                doc("70-KH/ĐU", List.of("05-CTr/TU"), childIndicators, childTasks));
    }

    private static Task task(String code, String group, String title) {
        return new Task(code, group, title, List.of(), false, List.of(), null, null, null);
    }

    private static Indicator indicator(String code, String section, String name, String unit) {
        return new Indicator(code, section, name, unit, null, null, null, List.of(), List.of(), false, List.of(),
                List.of(), false, null, null);
    }

    private static ProgrammeDocument doc(String number, List<String> implementsDocs, List<Indicator> indicators, List<Task> tasks) {
        return new ProgrammeDocument(new DocumentInfo(number, null, null, null, null, implementsDocs, null), indicators, tasks, List.of());
    }

    @Property(tries = 200)
    void theProposalIsDeterministic(@ForAll("pairs") Pair pair) {
        assertThat(new LinkProposer().propose(pair.child(), pair.parent()))
                .isEqualTo(new LinkProposer().propose(pair.child(), pair.parent()));
    }

    @Property(tries = 200)
    void confidencesAreBetweenZeroAndOneAndNoParentIsTakenTwice(@ForAll("pairs") Pair pair) {
        LinkProposal proposal = new LinkProposer().propose(pair.child(), pair.parent());
        Set<String> taken = new HashSet<>();
        for (ProposedLink link : proposal.links()) {
            assertThat(link.confidence()).isBetween(0.0, 1.0);
            if (link.confirmable()) {
                assertThat(taken.add(link.kind() + " " + link.parent().code())).as("parent taken twice").isTrue();
            }
        }
        assertThat(proposal.links()).hasSize(pair.child().tasks().size() + pair.child().indicatorCount());
    }

    @Property(tries = 200)
    void removingDiacriticsKeepsTheMatch(@ForAll("pairs") Pair pair) {
        ProgrammeDocument plain = withoutDiacritics(pair.child());
        LinkProposal accented = new LinkProposer().propose(pair.child(), pair.parent());
        LinkProposal folded = new LinkProposer().propose(plain, pair.parent());
        assertThat(codes(folded)).isEqualTo(codes(accented));
        assertThat(folded.unmatchedParent()).isEqualTo(accented.unmatchedParent());
    }

    @Property(tries = 100)
    void anItemCopiedWordForWordIsFoundWithFullConfidence(@ForAll("pairs") Pair pair) {
        LinkProposal self = new LinkProposer().propose(pair.parent(), pair.parent());
        assertThat(self.links()).allSatisfy(l -> {
            assertThat(l.parent()).isNotNull();
            assertThat(l.confidence()).isEqualTo(1.0);
        });
        assertThat(self.unmatchedParent()).isEmpty();
    }

    private static List<String> codes(LinkProposal p) {
        return p.links().stream().map(l -> l.kind() + " " + l.child().code() + "→" + (l.parent() == null ? "-" : l.parent().code())
                + " " + l.confidence()).toList();
    }

    private static ProgrammeDocument withoutDiacritics(ProgrammeDocument doc) {
        List<Task> tasks = doc.tasks().stream().map(t -> task(t.code(), plain(t.group()), plain(t.title()))).toList();
        List<Indicator> indicators = doc.indicators().stream()
                .map(i -> indicator(i.code(), plain(i.section()), plain(i.name()), plain(i.unit()))).toList();
        return new ProgrammeDocument(doc.document(), indicators, tasks, List.of());
    }

    private static String plain(String s) {
        return VietnameseText.fold(s).toUpperCase(java.util.Locale.ROOT);
    }
}
