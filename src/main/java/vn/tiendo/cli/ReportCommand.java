package vn.tiendo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiendo.programmes.ProgrammeNotFoundException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.report.OfficialReportRenderer;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.ReportRequest;
import vn.tiendo.report.ReportTemplateException;

/** {@code tiendo report PROGRAMME --unit UNIT --period PERIOD --format docx|pdf|xlsx --out FILE}: drafts one official report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Xuất báo cáo kết quả thực hiện (Word, PDF hoặc Excel) của một đơn vị trong một kỳ.")
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu (05-CTr/TU), số hiệu@mã đơn vị hoặc mã nội bộ.")
    String programme;

    @Option(names = "--unit", paramLabel = "MÃ_ĐƠN_VỊ", description = "Đơn vị báo cáo (mặc định: đơn vị ban hành chương trình).")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo: 2026, 2026S1, 2026Q4, 2026N9.")
    String period;

    @Option(names = "--format", required = true, paramLabel = "ĐỊNH_DẠNG", description = "docx, pdf hoặc xlsx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "TỆP", description = "Tệp ghi ra.")
    Path out;

    @Option(names = "--profile", paramLabel = "MẪU", description = "party, state, party-2018, party-2026 hoặc state-2020"
            + " (mặc định: theo cơ quan ban hành chương trình).")
    String profile;

    @Override
    public Integer call() {
        ReportFormat f;
        try {
            f = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            ProgrammeService programmes = ctx.getBean(ProgrammeService.class);
            long id = programmes.findId(programme).orElseThrow(() ->
                    new ProgrammeNotFoundException("Không có văn bản \"" + programme + "\"; xem danh sách bằng: tiendo programmes"));
            String unitCode = unit == null ? programmes.findSummary(id).orElseThrow().orgUnitCode() : unit;
            byte[] file = ctx.getBean(OfficialReportRenderer.class).render(new ReportRequest(id, unitCode, period, f, profile));
            Files.write(out, file);
            spec.commandLine().getOut().println("Đã ghi " + out + " (" + file.length + " byte).");
            return 0;
        } catch (ProgrammeNotFoundException | IllegalArgumentException | ReportTemplateException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Lỗi: không ghi được tệp " + out + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }
}
