package vn.tiendo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.ProgrammeDocument;

/**
 * The proposal on the seeds against a golden list written by reading both documents side by side: Bình Lư's
 * 70-KH/ĐU (Phụ lục 01 and 02) against Lai Châu's 05-CTr/TU (Phụ lục I and II).
 */
class LinkProposerGoldenTest {

    /** Bình Lư indicator → Lai Châu indicator (every Bình Lư indicator has one). */
    static final Map<String, String> INDICATORS = ordered(
            "I.1", "I.1",     // Trường đạt chuẩn quốc gia
            "I.2", "I.2",     // Hoàn thành phổ cập giáo dục mầm non 3–5 tuổi
            "I.3", "I.3",     // Hoàn thành giáo dục bắt buộc hết THCS
            "I.4", "I.6",     // Đào tạo nghề (người)
            "I.5", "I.8",     // Năng lực công nghệ, AI, tiếng Anh
            "I.6", "I.9",     // Chỉ số giáo dục trong HDI
            "II.2", "II.2",   // 2035: duy trì phổ cập mầm non 3–5 tuổi
            "II.3", "II.3");  // 2035: phổ cập THPT và tương đương

    /** Bình Lư task → Lai Châu task (every Bình Lư task has one). */
    static final Map<String, String> TASKS = ordered(
            "A.1", "A.1", "B.I.1", "B.I.1", "B.I.2", "B.I.2", "B.I.3", "B.I.3", "B.I.4", "B.I.4",
            "B.II.5", "B.II.5",       // Nghị quyết (xã: kế hoạch) nâng cao chất lượng GD&ĐT 2026–2030
            "B.II.6", "B.II.6",       // Nghị quyết HĐND tỉnh về hợp đồng, thỉnh giảng
            "B.III.7", "B.III.7", "B.III.8", "B.III.8",
            "B.IV.9", "B.IV.10",      // Bố trí nguồn lực, chuyển đổi số
            "B.V.10", "B.V.12",       // tiếng Anh ngôn ngữ thứ hai
            "B.V.11", "B.V.13",       // dạy và học tiếng Trung Quốc
            "B.VI.12", "B.VII.15",    // hợp tác đào tạo sinh viên với Trung Quốc
            "B.VII.13", "B.VIII.16",  // kiểm tra, giám sát
            "B.VII.14", "B.VIII.17"); // sơ kết, tổng kết

    /** Lai Châu items a commune has no part in: they stay unlinked ("chưa cụ thể hóa"). */
    static final List<String> UNMATCHED_PARENT = List.of(
            "indicator I.4",   // tỉ lệ hoàn thành THPT "cả nước"
            "indicator I.5",   // theo học sau THPT
            "indicator I.7",   // Trường Cao đẳng Lai Châu đạt chuẩn
            "indicator III.1", // xếp hạng hệ thống giáo dục 2045
            "task B.III.9",    // trung tâm hỗ trợ giáo dục hòa nhập
            "task B.V.11",     // Chiến dịch trường học xã biên giới
            "task B.VI.14");   // Trường Cao đẳng Lai Châu

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private final ProgrammeDocument laiChau = LinkSeeds.read(LinkSeeds.LAI_CHAU);
    private final ProgrammeDocument binhLu = LinkSeeds.read(LinkSeeds.BINH_LU);

    @Test
    void everyBinhLuItemGetsItsLaiChauCounterpartAboveTheConfirmThreshold() {
        LinkProposal proposal = new LinkProposer().propose(binhLu, laiChau);
        Map<String, String> indicators = new LinkedHashMap<>();
        Map<String, String> tasks = new LinkedHashMap<>();
        for (ProposedLink link : proposal.links()) {
            assertThat(link.confirmable()).as("%s %s → %s (%s)", link.kind(), link.child().code(),
                    link.parent() == null ? null : link.parent().code(), link.confidence()).isTrue();
            (link.kind() == LinkKind.INDICATOR ? indicators : tasks).put(link.child().code(), link.parent().code());
        }
        assertThat(indicators).containsExactlyEntriesOf(INDICATORS);
        assertThat(tasks).containsExactlyEntriesOf(TASKS);
    }

    @Test
    void laiChauItemsACommuneHasNoPartInAreLeftAlone() {
        LinkProposal proposal = new LinkProposer().propose(binhLu, laiChau);
        assertThat(proposal.unmatchedParent()).extracting(i -> i.kind().json() + " " + i.code())
                .containsExactlyElementsOf(UNMATCHED_PARENT);
    }

    @Test
    void theSameWordsInAnotherOrderAndWithoutDiacriticsStillMatch() {
        LinkProposal proposal = new LinkProposer().propose(binhLu, laiChau);
        ProposedLink training = proposal.links().stream().filter(l -> l.child().code().equals("I.4")).findFirst().orElseThrow();
        assertThat(training.parent().title()).isEqualTo("Đào tạo nghề");
        assertThat(training.confidence()).isGreaterThan(0.9);
        assertThat(VietnameseText.fold("Đảng ủy UBND xã Bình Lư")).isEqualTo("dang uy ubnd xa binh lu");
        assertThat(VietnameseText.tokens("Quý I/2026, hằng năm.")).containsExactly("quy", "i", "2026", "hang", "nam");
    }

    @Test
    void aChildItemWithNoCounterpartGetsNoParent() {
        ProposedLink link = new LinkProposer().propose(binhLu, laiChau).links().get(0);
        assertThat(link.child().code()).isEqualTo("I.1");
        ProgrammeDocument noTasks = new ProgrammeDocument(laiChau.document(), laiChau.indicators(), List.of(), List.of());
        LinkProposal proposal = new LinkProposer().propose(binhLu, noTasks);
        assertThat(proposal.links()).filteredOn(l -> l.kind() == LinkKind.TASK)
                .allSatisfy(l -> {
                    assertThat(l.parent()).isNull();
                    assertThat(l.confidence()).isZero();
                });
    }
}
