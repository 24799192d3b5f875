package vn.tiendo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.task.SixClear;
import vn.tiendo.task.TaskCheck;
import vn.tiendo.task.TaskLookupException;
import vn.tiendo.task.TaskOccurrenceService;
import vn.tiendo.task.TaskOccurrenceService.Listed;
import vn.tiendo.task.TaskOccurrenceStore.ProgrammeOwner;
import vn.tiendo.task.TaskOccurrenceView;
import vn.tiendo.task.TaskStatus;

/** {@code tiendo tasks PROGRAMME}: a stored programme's task occurrences with due dates and status, or its "6 rõ" check. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "Liệt kê các lần thực hiện nhiệm vụ của một chương trình (hạn, tình trạng) hoặc kiểm tra \"6 rõ\".")
class TasksCommand implements Callable<Integer> {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int TITLE_WIDTH = 70;
    private static final Map<String, String> CRITERIA = Map.of("nguoi", "Rõ người", "viec", "Rõ việc",
            "thoiGian", "Rõ thời gian", "trachNhiem", "Rõ trách nhiệm", "thamQuyen", "Rõ thẩm quyền", "sanPham", "Rõ sản phẩm");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu (05-CTr/TU), số hiệu@mã đơn vị (05-CTr/TU@12) hoặc mã nội bộ.")
    String programme;

    @Option(names = "--unit", paramLabel = "MÃ_ĐƠN_VỊ", description = "Chỉ các lần thực hiện do đơn vị này chịu trách nhiệm (ví dụ 12).")
    String unit;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Xét tình trạng tại ngày này (mặc định hôm nay).")
    String asOf;

    @Option(names = "--json", description = "In dạng JSON.")
    boolean json;

    @Option(names = "--check", description = "Kiểm tra \"6 rõ\" (Kết luận 226-KL/TW) của từng nhiệm vụ.")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day;
        try {
            day = asOf == null ? null : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            err.println("Lỗi: --as-of: \"" + asOf + "\" không phải ngày hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2026-10-15.");
            return CommandLine.ExitCode.USAGE;
        }
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            long id = ctx.getBean(ProgrammeService.class).findId(programme).orElseThrow(() ->
                    new TaskLookupException("Không có văn bản \"" + programme + "\"; xem danh sách bằng: tiendo programmes"));
            TaskOccurrenceService tasks = ctx.getBean(TaskOccurrenceService.class);
            if (check) {
                List<TaskCheck> checks = tasks.check(id);
                spec.commandLine().getOut().println(json ? json(checks) : checkTable(checks));
            } else {
                LocalDate on = day == null ? tasks.today() : day;
                List<Listed> listed = tasks.list(id, unit, on);
                spec.commandLine().getOut().println(json ? json(listed.stream().map(Listed::view).toList())
                        : table(tasks.owner(id), on, listed));
            }
            return 0;
        } catch (TaskLookupException | ProgrammeConflictException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String table(ProgrammeOwner owner, LocalDate on, List<Listed> listed) {
        StringBuilder s = new StringBuilder();
        s.append("Nhiệm vụ của văn bản ").append(owner.number()).append(" (").append(owner.unitName())
                .append("), tình trạng tại ngày ").append(VN.format(on)).append('\n');
        s.append(String.format("%-10s %-18s %-10s %-24s %s%n", "Mã", "Kỳ", "Hạn", "Tình trạng", "Nhiệm vụ"));
        for (Listed l : listed) {
            TaskOccurrenceView v = l.view();
            s.append(String.format("%-10s %-18s %-10s %-24s %s%n", v.code(), cut(v.period(), 18),
                    v.due() == null ? "" : VN.format(LocalDate.parse(v.due())), l.status().label(), cut(v.title(), TITLE_WIDTH)));
        }
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        listed.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
        s.append("Tổng: ").append(listed.size()).append(" lần thực hiện");
        counts.forEach((k, n) -> s.append("; ").append(k.label()).append(": ").append(n));
        return s.toString();
    }

    private static String checkTable(List<TaskCheck> checks) {
        StringBuilder s = new StringBuilder();
        int clear = 0;
        for (TaskCheck c : checks) {
            SixClear six = c.check();
            clear += six.allOk() ? 1 : 0;
            s.append(c.code()).append("  ").append(cut(c.title(), TITLE_WIDTH)).append("  (")
                    .append(6 - six.failures()).append("/6 rõ)\n");
            s.append(six.byName().entrySet().stream().filter(e -> !e.getValue().ok())
                    .map(e -> "    - " + CRITERIA.get(e.getKey()) + ": " + e.getValue().reason()).collect(Collectors.joining("\n")));
            if (!six.allOk()) {
                s.append('\n');
            }
        }
        s.append("Tổng: ").append(checks.size()).append(" nhiệm vụ, ").append(clear).append(" nhiệm vụ đủ \"6 rõ\"");
        return s.toString();
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
