package vn.tiendo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiendo.bench.LinkBenchmark;

/** {@code tiendo bench link}: times the link proposal, 40 tasks against 40 (no database; BENCHMARKS.md). */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Đo thời gian đề xuất liên kết: kế hoạch cấp dưới 40 nhiệm vụ với văn bản cấp trên 40 nhiệm vụ (mục tiêu < 1 s).")
class LinkBenchRun implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Option(names = "--tasks", defaultValue = "40", description = "Số nhiệm vụ mỗi bên (mặc định ${DEFAULT-VALUE}).")
    int tasks;
    @Option(names = "--runs", defaultValue = "50", description = "Số lần đo (mặc định ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        new LinkBenchmark().run(tasks, runs).forEach((k, v) -> out.printf("%-32s %s%n", k, v));
        out.flush();
        return 0;
    }
}
