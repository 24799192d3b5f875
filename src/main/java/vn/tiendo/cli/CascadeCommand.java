package vn.tiendo.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.cascade.CascadeRefusedException;
import vn.tiendo.cascade.CascadeService;
import vn.tiendo.cascade.DraftExistsException;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeNotFoundException;
import vn.tiendo.programmes.ProgrammeService;

/**
 * {@code tiendo cascade PROGRAMME --to UNIT_CODE | --all-communes}: derives draft commune plans from a provincial
 * programme (docs/cascade.md). A commune that has a plan from it already is reported with its id; exit 1.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true, description = "Tạo dự thảo kế hoạch cấp xã từ chương trình của tỉnh.")
class CascadeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu (05-CTr/TU), số hiệu@mã đơn vị (05-CTr/TU@12) hoặc mã nội bộ.")
    String programme;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static class Target {
        @Option(names = "--to", paramLabel = "MÃ_XÃ", description = "Mã đơn vị hành chính của xã (ví dụ 03463).")
        String unitCode;

        @Option(names = "--all-communes", description = "Mọi xã, phường, đặc khu của tỉnh chưa có kế hoạch.")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            long id = ctx.getBean(ProgrammeService.class).findId(programme).orElseThrow(() ->
                    new ProgrammeNotFoundException("Không có văn bản \"" + programme + "\"; xem danh sách bằng: tiendo programmes"));
            CascadeService cascade = ctx.getBean(CascadeService.class);
            String actor = System.getProperty("user.name") + " (dòng lệnh)";
            if (target.all) {
                CascadeService.Derived d = CurrentActor.runAs(actor, () -> cascade.deriveAll(id));
                d.drafts().forEach((code, draft) -> out.println("Đã tạo dự thảo " + draft + " cho xã " + code));
                d.existing().forEach((code, draft) -> out.println("Xã " + code + " đã có kế hoạch " + draft + "; bỏ qua"));
                out.println("Đã tạo " + d.drafts().size() + " dự thảo; " + d.existing().size() + " xã đã có kế hoạch.");
                return 0;
            }
            long draft = CurrentActor.runAs(actor, () -> cascade.derive(id, target.unitCode));
            out.println("Đã tạo dự thảo " + draft + " cho xã " + target.unitCode + ": mở /chuong-trinh/" + draft + "/du-thao");
            return 0;
        } catch (DraftExistsException e) {
            err.println("Lỗi: " + e.getMessage());
            err.println("Mở dự thảo đã có: /chuong-trinh/" + e.existingId() + "/du-thao");
            return 1;
        } catch (CascadeRefusedException | ProgrammeConflictException | ProgrammeNotFoundException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }
}
