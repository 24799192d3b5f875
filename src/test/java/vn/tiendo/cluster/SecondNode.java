package vn.tiendo.cluster;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tiendo.TiendoApplication;
import vn.tiendo.storage.EmbeddedDatabase;

/**
 * A second app node in the same JVM: the whole application on a random port against the database of another node
 * (as an external database), light (no demo data, no timers), closed by the test.
 */
final class SecondNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final String name;

    private SecondNode(ConfigurableApplicationContext context, String name) {
        this.context = context;
        this.name = name;
    }

    static SecondNode start(EmbeddedDatabase db, String name, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.user());
        props.put("server.port", "0");
        props.put("tiendo.cluster.enabled", "true");
        props.put("tiendo.cluster.node-name", name);
        props.put("tiendo.demo", "false");
        props.put("tiendo.reminders.scheduled", "false");
        props.put("tiendo.backup.nightly", "false");
        props.put("logging.level.root", "WARN");
        props.putAll(extra);
        // as command-line arguments: they win over application.properties (which maps TIENDO_CLUSTER, TIENDO_NODE_NAME)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TiendoApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false).run(args);
        return new SecondNode(ctx, name);
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
