package vn.tiendo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code tiendo} command line (picocli). */
@Command(name = "tiendo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Tiến Độ: theo dõi thực hiện chương trình hành động (Nghị quyết 71-NQ/TW và các văn bản triển khai).",
        subcommands = {ServeCommand.class, UnitsCommand.class, ImportCommand.class, ExportCommand.class,
                ProgrammesCommand.class, TasksCommand.class, CascadeCommand.class, ReportBatchCommand.class, BackupCommand.class, RestoreCommand.class, VerifyCommand.class, BenchCommand.class,
                LinkCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int code = execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
        System.exit(code);
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("Lỗi: " + translate(ex.getMessage()));
            c.getErr().println("Xem hướng dẫn: tiendo " + (c == cli ? "" : c.getCommandName() + " ") + "--help");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("Lỗi: " + StartupFailure.explain(ex));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /** Vietnamese wording for picocli's parse errors; the offending word is kept as typed. */
    static String translate(String message) {
        if (message == null) {
            return "tham số không hợp lệ";
        }
        return message
                .replaceFirst("^Unknown options?: ", "tùy chọn không được hỗ trợ: ")
                .replaceFirst("^Unmatched arguments? from index \\d+: ", "lệnh hoặc tham số không được hỗ trợ: ")
                .replaceFirst("^Missing required parameter.*?: ", "thiếu tham số bắt buộc: ")
                .replaceFirst("^Invalid value for option '([^']+)': ", "giá trị không hợp lệ cho $1: ")
                .replaceFirst("^Expected parameter for option '([^']+)' but found '([^']*)'", "thiếu giá trị cho $1 (gặp '$2')")
                .replaceFirst("^Missing required parameter for option '([^']+)'.*", "thiếu giá trị cho $1");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version written by the build. */
    static class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/tiendo-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"Tiến Độ " + p.getProperty("version", "dev")};
        }
    }
}
