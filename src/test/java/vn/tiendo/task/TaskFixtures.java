package vn.tiendo.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programmes.ProgrammeService;

/**
 * A commune plan (like 70-KH/ĐU of Xã Bình Lư) with a unique number and three tasks dated from the application's
 * clock: task "1" overdue by 20 days, task "2" ongoing (Thường xuyên), task "3" due in 10 days. Its occurrences are planned.
 */
public final class TaskFixtures {

    /** The saved plan: its id, number and the occurrence ids of its tasks (for "2", the current year's). */
    public record Plan(long id, String number, long overdue, long ongoing, long dueSoon, LocalDate today) {
    }

    private TaskFixtures() {
    }

    public static Plan commune(ApplicationContext context, String unitCode) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        String number = "NV-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        List<Task> tasks = List.of(
                task("1", "Rà soát, sắp xếp mạng lưới trường lớp trên địa bàn xã", "Đảng ủy xã",
                        new Timeframe("Trước ngày " + today.minusDays(20), TimeframeKind.DEADLINE, null, today.minusDays(20), null)),
                task("2", "Tăng cường truyền thông về đổi mới giáo dục", "UBND xã",
                        new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null)),
                task("3", "Tổ chức hội nghị sơ kết thực hiện Nghị quyết", "Đảng ủy xã",
                        new Timeframe("Trước ngày " + today.plusDays(10), TimeframeKind.DEADLINE, null, today.plusDays(10), null)));
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2025, 10, 20), "Ban Chấp hành Đảng bộ xã",
                new OrgUnitRef(unitCode, null), "kế hoạch", List.of("71-NQ/TW"),
                "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo"), List.of(), tasks, List.of());
        long id = CurrentActor.runAs("test", () -> context.getBean(ProgrammeService.class).save(doc, null, false));
        context.getBean(TaskOccurrenceService.class).plan(id);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return new Plan(id, number, occurrence(jdbc, id, "1", "once"), occurrence(jdbc, id, "2", String.valueOf(today.getYear())),
                occurrence(jdbc, id, "3", "once"), today);
    }

    static long occurrence(JdbcClient jdbc, long programmeId, String code, String key) {
        return jdbc.sql("SELECT o.id FROM task_occurrence o JOIN task t ON t.id = o.task_id"
                        + " WHERE t.programme_id = ? AND t.code = ? AND o.occurrence_key = ?")
                .param(programmeId).param(code).param(key).query(Long.class).single();
    }

    private static Task task(String code, String title, String lead, Timeframe timeframe) {
        return new Task(code, "Nhiệm vụ trọng tâm", title, List.of(lead), false, List.of(), timeframe, null, 100 + Integer.parseInt(code));
    }
}
