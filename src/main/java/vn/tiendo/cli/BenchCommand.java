package vn.tiendo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.bench.DashboardLoad;
import vn.tiendo.bench.NationalDataSet;
import vn.tiendo.bench.RollUpBenchmark;

/** {@code tiendo bench}: builds a national synthetic data set and measures the roll-up and the dashboards. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng trên bộ dữ liệu mô phỏng toàn quốc (không dùng cho dữ liệu thật).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.RollUpRun.class, BenchCommand.DashboardRun.class,
                BenchCommand.LoadRun.class, BenchCommand.ApprovalRun.class, BenchCommand.TasksRun.class,
                BenchCommand.ReportsRun.class, BenchCommand.MapRun.class, LinkBenchRun.class, BenchCommand.ReportRun.class, BenchCommand.CascadeRun.class,
                BenchCommand.WritersRun.class, ClusterLoadCommand.class})
class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Tạo bộ dữ liệu mô phỏng: trường học dưới 3.321 xã, chương trình toàn quốc và số liệu của mọi trường.")
    static class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--schools", defaultValue = "45000", description = "Số trường mô phỏng (mặc định ${DEFAULT-VALUE}).")
        int schools;
        @Option(names = "--indicators", defaultValue = "40", description = "Số chỉ tiêu (mặc định ${DEFAULT-VALUE}).")
        int indicators;
        @Option(names = "--periods", split = ",", defaultValue = "2025,2026,2027,2028,2029,2030,2026Q1,2026Q2,2026Q3,2026Q4",
                description = "Các kỳ báo cáo (mặc định ${DEFAULT-VALUE}).")
        List<String> periods;
        @Option(names = "--province", description = "Chỉ đặt trường dưới các xã của một tỉnh, thành phố (mã, ví dụ 24 Bắc Ninh):"
                + " bộ dữ liệu của riêng một tỉnh. Mặc định: cả nước.")
        String province;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
                long t0 = System.nanoTime();
                NationalDataSet.Summary s = ctx.getBean(NationalDataSet.class).generate(schools, indicators, periods, province);
                out.printf("Đã tạo %d trường, %d chỉ tiêu, %d kỳ, %,d số liệu trong %.1f s%n", s.schools(), s.indicators(),
                        s.periods().size(), s.values(), (System.nanoTime() - t0) / 1e9);
                return 0;
            }
        }
    }

    @Command(name = "rollup", mixinStandardHelpOptions = true,
            description = "Đo tổng hợp toàn quốc (toàn bộ và tăng dần), so với GROUP BY ROLLUP, và độ trễ API bảng theo dõi.")
    static class RollUpRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Mixin
        LoadOptions load;
        @Option(names = "--changes", defaultValue = "200", description = "Số lần đo một thay đổi lan lên cả nước (mặc định ${DEFAULT-VALUE}).")
        int changes;
        @Option(names = "--changes-only", description = "Chỉ đo thay đổi tăng dần (bỏ tổng hợp toàn bộ, truy vấn so sánh và tải API).")
        boolean changesOnly;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = startServer(db)) {
                if (changesOnly) {
                    print(out, ctx.getBean(RollUpBenchmark.class).changes(changes));
                    return 0;
                }
                print(out, ctx.getBean(RollUpBenchmark.class).run(changes));
                List<String> urls = DashboardTarget.urls(ctx);
                load.measure(out, urls, ctx.getBean(vn.tiendo.bench.BenchAccess.class).tokens(load.clients));
                print(out, DashboardLoad.heap());
                return 0;
            }
        }
    }

    /** The two dashboard API calls measured: status of Lai Châu's indicators, and one indicator's 34 provinces. */
    static final class DashboardTarget {

        private DashboardTarget() {
        }

        static List<String> urls(ConfigurableApplicationContext ctx) {
            return urls(ctx, baseUrl(ctx));
        }

        /** The same addresses under {@code base} (another server, or nginx in front of several). */
        static List<String> urls(ConfigurableApplicationContext ctx, String base) {
            long programmeId = ctx.getBean(NationalDataSet.class).programmeId();
            long indicator = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT id FROM indicator WHERE programme_id = ? ORDER BY ordinal LIMIT 1 OFFSET 2")
                    .param(programmeId).query(Long.class).single();
            return List.of(base + "/api/v1/dashboard/programmes/" + programmeId + "/status?unit=12&year=2026",
                    base + "/api/v1/dashboard/indicators/" + indicator + "/children?year=2026");
        }
    }

    @Command(name = "dashboard", mixinStandardHelpOptions = true,
            description = "Chạy máy chủ trên bộ dữ liệu mô phỏng cho phép đo tải API bảng theo dõi từ một tiến trình khác "
                    + "(ghi địa chỉ và mã truy cập vào tệp), không tính lại tổng hợp.")
    static class DashboardRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Mixin
        LoadOptions load;
        @Option(names = "--targets-file", required = true, description = "Tệp ghi địa chỉ đo và mã truy cập (xóa tệp để dừng máy chủ).")
        java.nio.file.Path targetsFile;
        @Option(names = "--serve-seconds", defaultValue = "600", description = "Thời gian phục vụ tối đa (mặc định ${DEFAULT-VALUE}).")
        int serveSeconds;
        @Option(names = "--in-process", description = "Đo luôn trong tiến trình máy chủ (như 'bench rollup') rồi dừng.")
        boolean inProcess;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = startServer(db)) {
                List<String> urls = DashboardTarget.urls(ctx);
                List<String> tokens = ctx.getBean(vn.tiendo.bench.BenchAccess.class).tokens(load.clients);
                java.nio.file.Files.write(targetsFile, java.util.stream.Stream.concat(urls.stream().map(u -> "url " + u),
                        tokens.stream().map(t -> "token " + t)).toList());
                if (inProcess) {
                    load.measure(out, urls, tokens);
                    print(out, DashboardLoad.heap());
                    return 0;
                }
                out.printf("Đang phục vụ; địa chỉ và mã truy cập trong %s (xóa tệp để dừng).%n", targetsFile);
                out.flush();
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(serveSeconds);
                while (java.nio.file.Files.exists(targetsFile) && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                return 0;
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Đo tải API bảng theo dõi từ tiến trình này (không khởi động ứng dụng), theo tệp của 'bench dashboard'.")
    static class LoadRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--targets-file", required = true, description = "Tệp do 'bench dashboard' ghi.")
        java.nio.file.Path targetsFile;
        @Mixin
        LoadOptions load;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> lines = java.nio.file.Files.readAllLines(targetsFile);
            List<String> urls = lines.stream().filter(l -> l.startsWith("url ")).map(l -> l.substring(4)).toList();
            List<String> tokens = lines.stream().filter(l -> l.startsWith("token ")).map(l -> l.substring(6)).toList();
            load.measure(out, urls, tokens);
            return 0;
        }
    }

    @Command(name = "approval", mixinStandardHelpOptions = true,
            description = "Đo tình hình nộp báo cáo toàn quốc và phê duyệt báo cáo một tỉnh có 99 xã (báo cáo kỳ mô phỏng).")
    static class ApprovalRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--runs", defaultValue = "30", description = "Số lần đo mỗi phép (mặc định ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false,
                    Map.of("logging.level.root", "WARN", "logging.level.vn.tiendo", "WARN"))) {
                print(out, ctx.getBean(vn.tiendo.bench.ApprovalBenchmark.class).run(runs));
                return 0;
            }
        }
    }

    @Command(name = "map", mixinStandardHelpOptions = true,
            description = "Đo trang bảng theo dõi có bản đồ của tỉnh Bắc Ninh (99 xã, chương trình 04-CTr/TU) khi đã khởi động.")
    static class MapRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--warmup", defaultValue = "200", description = "Số yêu cầu khởi động (mặc định ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--runs", defaultValue = "200", description = "Số lần đo mỗi địa chỉ (mặc định ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = startServer(db)) {
                String base = baseUrl(ctx);
                print(out, ctx.getBean(vn.tiendo.bench.MapBenchmark.class).run(base, warmup, runs));
                return 0;
            }
        }
    }

    /** The load of a dashboard measurement: concurrent clients, requests per address, time limit per address, think time. */
    static class LoadOptions {
        @Option(names = "--clients", defaultValue = "100", description = "Số máy khách đồng thời (mặc định ${DEFAULT-VALUE}).")
        int clients;
        @Option(names = "--requests", defaultValue = "20000", description = "Số yêu cầu mỗi địa chỉ (mặc định ${DEFAULT-VALUE}).")
        int requests;
        @Option(names = "--seconds", defaultValue = "120", description = "Thời gian tối đa mỗi địa chỉ (mặc định ${DEFAULT-VALUE}).")
        int seconds;
        @Option(names = "--think-ms", defaultValue = "0",
                description = "Mỗi máy khách chờ N ms sau mỗi câu trả lời (mặc định ${DEFAULT-VALUE}: gửi liên tục, tải bão hòa).")
        int thinkMs;

        /** A warm-up of 500 requests (no think time), then each address in turn. */
        void measure(PrintWriter out, List<String> urls, List<String> tokens) throws InterruptedException {
            if (thinkMs < 0) {
                throw new IllegalArgumentException("--think-ms phải là số mili giây không âm, nhận được " + thinkMs + ".");
            }
            DashboardLoad.run(urls.get(0), tokens, clients, 500, 30);
            for (String url : urls) {
                print(out, DashboardLoad.run(url, tokens, clients, requests, seconds, thinkMs));
            }
        }
    }

    /** The application with its web server on a free port, quiet logs. */
    private static ConfigurableApplicationContext startServer(DatabaseOptions db) {
        // no nightly backup: on a fresh data folder it would start at once and copy the whole national set beside the timings
        return Contexts.start(db, true, Map.of("server.port", 0, "server.address", "127.0.0.1", "tiendo.backup.nightly", false,
                "logging.level.root", "WARN", "logging.level.vn.tiendo", "WARN"));
    }

    /** The address of a server started by {@link #startServer}: loopback only, on the port it was given. */
    private static String baseUrl(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    private static void print(PrintWriter out, Map<String, Object> m) {
        m.forEach((k, v) -> out.printf("%-32s %s%n", k, v));
        out.println();
        out.flush();
    }

    @Command(name = "tasks", mixinStandardHelpOptions = true,
            description = "Đo nhiệm vụ ở quy mô toàn quốc (40 nhiệm vụ × 3.321 xã × 2025–2030): danh sách quá hạn của một tỉnh, "
                    + "số quá hạn theo tỉnh, lượt nhắc việc của một ngày.")
    static class TasksRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--tasks", defaultValue = "40", description = "Số nhiệm vụ mô phỏng (mặc định ${DEFAULT-VALUE}).")
        int tasks;
        @Option(names = "--as-of", defaultValue = "2027-06-15", description = "Ngày xét (mặc định ${DEFAULT-VALUE}).")
        java.time.LocalDate asOf;
        @Option(names = "--province", defaultValue = "12", description = "Mã tỉnh đo danh sách quá hạn (mặc định ${DEFAULT-VALUE}).")
        String province;
        @Option(names = "--repeats", defaultValue = "20", description = "Số lần đo mỗi truy vấn (mặc định ${DEFAULT-VALUE}).")
        int repeats;
        @Option(names = "--keep", description = "Dùng lại bộ nhiệm vụ mô phỏng đã tạo thay vì tạo lại.")
        boolean keep;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of("logging.level.vn.tiendo", "WARN"))) {
                vn.tiendo.bench.TaskDataSet data = ctx.getBean(vn.tiendo.bench.TaskDataSet.class);
                if (!keep) {
                    long t0 = System.nanoTime();
                    vn.tiendo.bench.TaskDataSet.Summary s = data.generate(tasks, asOf);
                    out.printf("Đã tạo %d nhiệm vụ, %,d lần thực hiện, %,d báo cáo, %,d người dùng trong %.1f s%n", s.tasks(),
                            s.occurrences(), s.reports(), s.users(), (System.nanoTime() - t0) / 1e9);
                }
                print(out, ctx.getBean(vn.tiendo.bench.TaskBenchmark.class).run(province, asOf, repeats));
                return 0;
            }
        }
    }

    @Command(name = "reports", mixinStandardHelpOptions = true,
            description = "Đo xuất báo cáo toàn tỉnh: mọi xã của một tỉnh (Lai Châu: 38 xã) qua lô báo cáo, thời gian và bộ nhớ heap.")
    static class ReportsRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--programme", defaultValue = "05-CTr/TU", description = "Văn bản (mặc định ${DEFAULT-VALUE}).")
        String programme;
        @Option(names = "--unit", defaultValue = "12", description = "Tỉnh (mặc định ${DEFAULT-VALUE}).")
        String unit;
        @Option(names = "--period", defaultValue = "2026", description = "Kỳ (mặc định ${DEFAULT-VALUE}).")
        String period;
        @Option(names = "--format", defaultValue = "docx", description = "docx, pdf hoặc xlsx (mặc định ${DEFAULT-VALUE}).")
        String format;
        @Option(names = "--warm", defaultValue = "3", description = "Số lần tạo thử một báo cáo trước khi đo (mặc định ${DEFAULT-VALUE}).")
        int warm;
        @Option(names = "--warm-unit", defaultValue = "03390", description = "Xã của báo cáo tạo thử (mặc định ${DEFAULT-VALUE}).")
        String warmUnit;
        @Option(names = "--stand-in", defaultValue = "0", paramLabel = "BYTES",
                description = "Dùng bộ tạo thay thế, mỗi báo cáo BYTES byte, để đo riêng phần lô (mặc định: bộ tạo thật).")
        int standIn;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of("logging.level.vn.tiendo", "WARN"))) {
                print(out, ctx.getBean(vn.tiendo.bench.ReportBatchBenchmark.class).run(new vn.tiendo.bench.ReportBatchBenchmark.Options(
                        programme, unit, period, vn.tiendo.report.ReportFormat.parse(format), warm, warmUnit, standIn)));
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Đo thời gian xuất một báo cáo kết quả thực hiện (sau 2 lần khởi động).")
    static class ReportRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @picocli.CommandLine.Parameters(paramLabel = "CHƯƠNG_TRÌNH", description = "Số hiệu hoặc mã chương trình đã nhập.")
        String programme;
        @Option(names = "--unit", required = true, description = "Mã đơn vị báo cáo.")
        String unit;
        @Option(names = "--period", defaultValue = "2026", description = "Kỳ (mặc định ${DEFAULT-VALUE}).")
        String period;
        @Option(names = "--format", defaultValue = "docx", description = "docx, pdf hoặc xlsx (mặc định ${DEFAULT-VALUE}).")
        String format;
        @Option(names = "--runs", defaultValue = "10", description = "Số lần đo (mặc định ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false,
                    Map.of("logging.level.root", "WARN", "logging.level.vn.tiendo", "WARN"))) {
                long id = ctx.getBean(vn.tiendo.programmes.ProgrammeService.class).findId(programme).orElseThrow(() ->
                        new IllegalArgumentException("Không có văn bản \"" + programme + "\""));
                print(out, ctx.getBean(vn.tiendo.bench.ReportBenchmark.class).run(id, unit, period,
                        vn.tiendo.report.ReportFormat.parse(format), runs));
                return 0;
            }
        }
    }

    @Command(name = "cascade", mixinStandardHelpOptions = true,
            description = "Đo tạo dự thảo kế hoạch cấp xã cho mọi xã của Lai Châu (38) và Bắc Ninh (99), và dữ liệu trang đồng bộ.")
    static class CascadeRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--runs", defaultValue = "5", description = "Số lần tạo cho mỗi tỉnh (mặc định ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
                print(spec.commandLine().getOut(), ctx.getBean(vn.tiendo.bench.CascadeBenchmark.class).run(Math.max(2, runs)));
                return 0;
            }
        }
    }

    @Command(name = "writers", mixinStandardHelpOptions = true,
            description = "Đo ghi đồng thời qua máy chủ cục bộ: một nửa số người ghi tranh cùng một xã và kỳ (biểu mẫu, Excel, REST, "
                    + "dataValueSets), số còn lại mỗi người một xã; đối chiếu nhật ký: không mất lần ghi nào, không lỗi máy chủ.")
    static class WritersRun implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Option(names = "--writers", defaultValue = "50", description = "Số người ghi đồng thời (mặc định ${DEFAULT-VALUE}).")
        int writers;
        @Option(names = "--seconds", defaultValue = "60", description = "Thời gian đo (mặc định ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = startServer(db)) {
                vn.tiendo.bench.WritersBenchmark bench = ctx.getBean(vn.tiendo.bench.WritersBenchmark.class);
                String base = baseUrl(ctx);
                vn.tiendo.bench.WriterReport r = bench.run(base, bench.prepare(writers), seconds);
                print(out, r.toMap());
                return r.serverErrors() == 0 && r.lostUpdates().isEmpty() ? 0 : 1;
            }
        }
    }
}
