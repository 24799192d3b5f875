package vn.tiendo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.bench.ClusterLoad;
import vn.tiendo.bench.ClusterLoadCheck;
import vn.tiendo.bench.ClusterLoadSetup;

/** {@code tiendo bench cluster-load}: the steady read and write load of {@code scripts/cluster test}, in three steps. */
@Command(name = "cluster-load", mixinStandardHelpOptions = true,
        description = "Tải đọc và ghi đều qua nginx cho phép thử cụm máy chủ (scripts/cluster test): prepare, run, verify.",
        subcommands = {ClusterLoadCommand.Prepare.class, ClusterLoadCommand.Run.class, ClusterLoadCommand.Verify.class,
                ClusterLoadCommand.Targets.class})
class ClusterLoadCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = "Tạo chương trình đo và tài khoản (mật khẩu) trong CSDL, ghi vào tệp thiết lập.")
    static class Prepare implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--setup-file", required = true, description = "Tệp thiết lập được ghi.")
        Path setupFile;
        @Option(names = "--writers", defaultValue = "2", description = "Số luồng ghi, mỗi luồng một xã (mặc định ${DEFAULT-VALUE}).")
        int writers;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of("logging.level.vn.tiendo", "WARN"))) {
                ClusterLoadSetup.Setup s = ctx.getBean(ClusterLoadSetup.class).prepare(writers);
                s.save(setupFile);
                spec.commandLine().getOut().printf("Chương trình %d, chỉ tiêu %d, tài khoản %s, xã %s%n", s.programmeId(),
                        s.indicatorId(), s.username(), s.units());
                return 0;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Đăng nhập qua địa chỉ (nginx) rồi đọc và ghi đều cho đến khi tệp dừng bị xóa; ghi nhật ký từng yêu cầu.")
    static class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--base-url", required = true, description = "Địa chỉ, ví dụ http://127.0.0.1:8088")
        String baseUrl;
        @Option(names = "--setup-file", required = true, description = "Tệp của bước prepare.")
        Path setupFile;
        @Option(names = "--log", required = true, description = "Nhật ký yêu cầu (TSV).")
        Path log;
        @Option(names = "--stop-file", description = "Dừng khi tệp này bị xóa.")
        Path stopFile;
        @Option(names = "--readers", defaultValue = "2", description = "Số luồng đọc (mặc định ${DEFAULT-VALUE}).")
        int readers;
        @Option(names = "--seconds", defaultValue = "300", description = "Thời gian tối đa (mặc định ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws InterruptedException {
            Map<String, Long> counts = ClusterLoad.run(baseUrl, ClusterLoadSetup.Setup.load(setupFile), readers, log, stopFile, seconds);
            counts.forEach((k, v) -> spec.commandLine().getOut().printf("%-20s %d%n", k, v));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Kiểm nhật ký: không lỗi ngoài thời gian ân hạn, mọi lần ghi được xác nhận đều có trong CSDL.")
    static class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--setup-file", required = true, description = "Tệp của bước prepare.")
        Path setupFile;
        @Option(names = "--log", required = true, description = "Nhật ký của bước run.")
        Path log;
        @Option(names = "--allow", paramLabel = "TỪ-ĐẾN", description = "Khoảng thời gian (epoch ms) được phép lỗi; lặp lại được.")
        List<String> allow = List.of();
        @Option(names = "--mark", paramLabel = "EPOCH_MS=NHÃN", description = "Sự kiện (sự cố, phục hồi) để ghi kèm lỗi; lặp lại được.")
        Map<Long, String> marks = Map.of();
        @Option(names = "--writes-after", defaultValue = "0", paramLabel = "EPOCH_MS", description = "Phải có lần ghi thành công sau thời điểm này.")
        long writesAfter;

        @Override
        public Integer call() throws java.sql.SQLException {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Object> p = db.properties();
            ClusterLoadCheck.Verdict v = ClusterLoadCheck.check(log, allow.stream().map(ClusterLoadCheck.Window::parse).toList(), marks, writesAfter,
                    ClusterLoadSetup.Setup.load(setupFile), (String) p.get("tiendo.db.url"), (String) p.get("tiendo.db.user"),
                    (String) p.get("tiendo.db.password"));
            v.figures().forEach((k, val) -> out.printf("%-40s %s%n", k, val));
            v.problems().forEach(x -> out.println("LỖI: " + x));
            out.println(v.passed() ? "KẾT QUẢ: đạt" : "KẾT QUẢ: không đạt");
            return v.passed() ? 0 : 1;
        }
    }

    @Command(name = "targets", mixinStandardHelpOptions = true,
            description = "Ghi tệp địa chỉ và mã truy cập cho 'bench load' (bộ dữ liệu của 'bench generate'), với địa chỉ gốc cho trước.")
    static class Targets implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;
        @Option(names = "--targets-file", required = true, description = "Tệp được ghi (dạng của 'bench dashboard').")
        Path targetsFile;
        @Option(names = "--base-url", required = true, description = "Địa chỉ gốc ghi vào tệp, ví dụ http://127.0.0.1:8088")
        String baseUrl;
        @Option(names = "--clients", defaultValue = "200", description = "Số mã truy cập (mặc định ${DEFAULT-VALUE}).")
        int clients;

        @Override
        public Integer call() throws java.io.IOException {
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of("logging.level.vn.tiendo", "WARN"))) {
                List<String> urls = BenchCommand.DashboardTarget.urls(ctx, baseUrl);
                List<String> tokens = ctx.getBean(vn.tiendo.bench.BenchAccess.class).tokens(clients);
                java.nio.file.Files.write(targetsFile, java.util.stream.Stream.concat(urls.stream().map(u -> "url " + u),
                        tokens.stream().map(t -> "token " + t)).toList());
                return 0;
            }
        }
    }
}
