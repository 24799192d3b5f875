package vn.tiendo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import vn.tiendo.reader.ProgrammeJson;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeNotFoundException;
import vn.tiendo.programmes.ProgrammeService;

/** {@code tiendo export PROGRAMME --json}: writes a stored programme as programme JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Xuất một chương trình đã lưu dạng JSON.")
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu (05-CTr/TU), số hiệu@mã đơn vị (05-CTr/TU@12) hoặc mã nội bộ.")
    String programme;

    @Option(names = "--json", required = true, description = "Xuất dạng programme JSON (định dạng duy nhất hiện có).")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "TỆP", description = "Ghi ra tệp thay vì màn hình.")
    Path output;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            ProgrammeService programmes = ctx.getBean(ProgrammeService.class);
            long id = programmes.findId(programme).orElseThrow(() ->
                    new ProgrammeNotFoundException("Không có văn bản \"" + programme + "\"; xem danh sách bằng: tiendo programmes"));
            String text = ProgrammeJson.write(programmes.export(id));
            if (output == null) {
                spec.commandLine().getOut().println(text);
            } else {
                Files.writeString(output, text + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (ProgrammeConflictException | ProgrammeNotFoundException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Lỗi: không ghi được tệp " + output + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }
}
