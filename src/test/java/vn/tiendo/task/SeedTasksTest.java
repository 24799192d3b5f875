package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.reader.ProgrammeReader;

/** The tasks of seed 000 (Lai Châu 05-CTr/TU) read with the real reader, planned and checked. */
class SeedTasksTest {

    private static final String S000 = "000_f08d51100ad4b942.txt";
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);
    private static ProgrammeDocument doc;

    private final OccurrencePlanner planner = new OccurrencePlanner();
    private final DueRules rules = new DueRules();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SeedTasksTest.class.getResourceAsStream("/reader/seeds/" + S000)) {
            doc = new ProgrammeReader().read(S000, in.readAllBytes());
        }
    }

    private static Task titled(String start) {
        List<Task> found = doc.tasks().stream().filter(t -> t.title().startsWith(start)).toList();
        assertThat(found).as("tasks titled %s", start).hasSize(1);
        return found.get(0);
    }

    private List<TaskOccurrenceView> views(Task t) {
        return planner.plan(t.timeframe()).stream()
                .map(o -> TaskOccurrenceView.of(t, null, o, rules.state(o, null, AS_OF))).toList();
    }

    @Test
    void contractTeachingTaskIsOverdueAfterQuarterThree() {
        Task t = titled("Xây dựng Nghị quyết của HĐND tỉnh quy định về cơ chế hợp đồng, thỉnh giảng");
        assertThat(views(t)).containsExactly(new TaskOccurrenceView(t.code(), t.title(), List.of("Đảng ủy UBND tỉnh"),
                null, TimeframeKind.DEADLINE, "Quý III năm 2026", "2026-09-30", DueState.OVERDUE));
        Occurrence o = planner.plan(t.timeframe()).get(0);
        assertThat(rules.status(o, null, AS_OF)).isEqualTo(TaskStatus.DANG_THUC_HIEN_QUA_HAN);
        assertThat(rules.state(o, LatestReport.done(LocalDate.of(2026, 9, 20)), AS_OF))
                .isEqualTo(DueState.DONE_ON_TIME);
    }

    @Test
    void centralDirectivesTaskIsWaitingAndFailsTime() {
        Task t = titled("Triển khai thực hiện các chủ trương của Đảng");
        assertThat(t.timeframe().kind()).isEqualTo(TimeframeKind.CONDITIONAL);
        assertThat(views(t)).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(DueState.WAITING);
            assertThat(v.due()).isNull();
            assertThat(v.kind()).isEqualTo(TimeframeKind.CONDITIONAL);
        });
        SixClear check = SixClearCheck.check(TaskFacts.of(t));
        assertThat(check.thoiGian().ok()).isFalse();
        assertThat(check.thoiGian().reason()).isEqualTo("Thời gian phụ thuộc điều kiện (\"Khi có văn bản chỉ đạo, "
                + "triển khai của Trung ương\"): chưa có văn bản làm căn cứ để tính hạn");
        assertThat(check.viec().ok()).isTrue();
    }

    @Test
    void communicationTaskIsOngoing() {
        Task t = titled("Tăng cường truyền thông về đột phá phát triển giáo dục và đào tạo");
        List<TaskOccurrenceView> vs = views(t);
        assertThat(vs).hasSize(6).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(DueState.ONGOING);
            assertThat(v.due()).isNull();
            assertThat(v.kind()).isEqualTo(TimeframeKind.ONGOING);
        });
        assertThat(SixClearCheck.check(TaskFacts.of(t)).thoiGian().ok()).isTrue();
    }

    @Test
    void everySeedTaskIsPlannedAndCheckedFromTheDocumentAlone() {
        for (Task t : doc.tasks()) {
            List<Occurrence> os = planner.plan(t.timeframe());
            assertThat(os).as(t.code()).isNotEmpty().noneMatch(Occurrence::unclear);
            SixClear c = SixClearCheck.check(TaskFacts.of(t));
            // nothing is assigned yet: no person, no approver, no deliverable; bodies not resolved
            assertThat(c.nguoi().ok()).isFalse();
            assertThat(c.thamQuyen().ok()).isFalse();
            assertThat(c.sanPham().ok()).isFalse();
            assertThat(c.trachNhiem().ok()).isFalse();
            assertThat(c.viec().ok()).isTrue();
            assertThat(c.thoiGian().ok()).as(t.code())
                    .isEqualTo(t.timeframe().kind() != TimeframeKind.CONDITIONAL);
        }
        List<String> twoLeads = doc.tasks().stream()
                .filter(t -> SixClearCheck.check(TaskFacts.of(t)).trachNhiem().reason().startsWith("Có 2 cơ quan"))
                .map(Task::code).toList();
        assertThat(twoLeads).contains("B.VIII.16");
    }
}
