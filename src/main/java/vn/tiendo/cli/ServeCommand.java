package vn.tiendo.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import vn.tiendo.security.StartupNotice;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tiendo serve}: runs the web application until stopped. */
@Command(name = "serve", description = "Chạy ứng dụng web (mặc định http://localhost:8080).", mixinStandardHelpOptions = true)
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--demo", description = "Nạp dữ liệu minh họa: các văn bản mẫu và số liệu minh họa.")
    boolean demo;

    @Option(names = "--port", paramLabel = "CỔNG", description = "Cổng HTTP (mặc định 8080).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        if (port != null) {
            if (port < 0 || port > 65535) {
                spec.commandLine().getErr().println("Lỗi: cổng phải từ 0 đến 65535, nhận được " + port + ".");
                return 2;
            }
            props.put("server.port", port);
        }
        props.put("tiendo.demo", demo);
        ConfigurableApplicationContext ctx;
        try {
            ctx = Contexts.start(db, true, props);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String actualPort = ctx.getEnvironment().getProperty("local.server.port", "8080");
        spec.commandLine().getOut().println("Tiến Độ đang chạy tại http://localhost:" + actualPort + "/ (Ctrl+C để dừng)");
        ctx.getBean(StartupNotice.class).drain().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        if (ctx.isActive()) {
            closed.await();
        }
        return 0;
    }
}
