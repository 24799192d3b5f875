package vn.tiendo.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/** {@code tiendo programmes}: lists the stored programmes. */
@Command(name = "programmes", mixinStandardHelpOptions = true, description = "Liệt kê các chương trình, kế hoạch đã lưu.")
class ProgrammesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            List<ProgrammeSummary> list = ctx.getBean(ProgrammeService.class).list();
            DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
            for (ProgrammeSummary p : list) {
                out.printf("%4d  %-14s %-10s %-22s %3d chỉ tiêu %3d nhiệm vụ%n", p.id(), p.number(),
                        p.issuedOn() == null ? "" : vn.format(p.issuedOn()), p.orgUnitName(), p.indicatorCount(), p.taskCount());
            }
            out.printf("Tổng: %d văn bản%n", list.size());
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }
}
