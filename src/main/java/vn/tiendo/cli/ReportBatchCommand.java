package vn.tiendo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.batch.BatchRequest;
import vn.tiendo.report.batch.BatchState;
import vn.tiendo.report.batch.ReportBatch;
import vn.tiendo.report.batch.ReportBatchService;

/**
 * {@code tiendo report-batch PROGRAMME --period P --format F --out FILE.zip}: every commune's report of a province in one
 * ZIP, with the progress printed after every unit. A batch left unfinished (stopped, killed) is continued by the same
 * command from its first unfinished unit.
 */
@Command(name = "report-batch", mixinStandardHelpOptions = true,
        description = "Xuất báo cáo của mọi xã thuộc một tỉnh cho một kỳ, gộp vào một tệp ZIP (báo cáo hàng loạt).")
class ReportBatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu (05-CTr/TU), số hiệu@mã đơn vị (05-CTr/TU@12) hoặc mã nội bộ.")
    String programme;

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo: 2026, 2026S1, 2026Q3, 2026N9.")
    String period;

    @Option(names = "--format", required = true, paramLabel = "docx|pdf|xlsx", description = "Định dạng của từng báo cáo.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "TỆP.zip", description = "Tệp ZIP ghi ra.")
    Path out;

    @Option(names = "--unit", paramLabel = "MÃ_TỈNH", description = "Tỉnh có các xã cần xuất (mặc định: đơn vị ban hành văn bản).")
    String unit;

    @Option(names = "--profile", paramLabel = "party|state", description = "Thể thức (mặc định: theo đơn vị ban hành).")
    String profile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ReportFormat f;
        try {
            f = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("Lỗi: --format: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            long id = ctx.getBean(ProgrammeService.class).findId(programme).orElseThrow(() ->
                    new IllegalArgumentException("Không có văn bản \"" + programme + "\"; xem danh sách bằng: tiendo programmes"));
            ReportBatchService batches = ctx.getBean(ReportBatchService.class);
            ReportBatch b = batches.runHere(new BatchRequest(id, unit, period, f, profile), (batch, item) -> {
                stdout.printf("%d/%d %s %s%s%n", batch.done(), batch.total(), item.unitName(), item.label(),
                        item.error() == null ? "" : ": " + item.error());
                stdout.flush();
            });
            if (b.state() != BatchState.DONE) {
                err.println("Lỗi: lô báo cáo " + b.id() + " " + b.state().label().toLowerCase(java.util.Locale.ROOT) + " ở "
                        + b.done() + "/" + b.total() + (b.error() == null ? "" : ": " + b.error()) + "; chạy lại lệnh để tiếp tục.");
                return 1;
            }
            write(batches, b);
            stdout.printf("Đã ghi %s: %d báo cáo, %d đơn vị lỗi (xem danh-sach.txt).%n", out, b.done() - b.failed(), b.failed());
            return b.failed() == 0 ? 0 : 3;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Lỗi: không ghi được " + out + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }

    private void write(ReportBatchService batches, ReportBatch b) throws IOException {
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            batches.writeZip(b.id(), o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
