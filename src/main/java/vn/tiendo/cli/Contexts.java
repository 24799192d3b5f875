package vn.tiendo.cli;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;
import vn.tiendo.TiendoApplication;

/** Starts the Spring application for a command: with the web server for serve, without for the rest. */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions db, boolean web, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(db.properties());
        if (db.dataDir != null) {
            props.put("tiendo.ephemeral", "false");
        }
        // The command prints one clear sentence on failure; Spring's own failure report stays quiet.
        props.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        props.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        if (!web) {
            props.put("logging.level.root", "WARN");
            props.put("logging.level.vn.tiendo", "WARN");
        }
        props.putAll(extra);
        // The command line's settings win over the environment and application.properties.
        ConfigurableEnvironment env = web ? new StandardServletEnvironment() : new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("tiendo-command-line", props));
        return new SpringApplicationBuilder(TiendoApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .environment(env)
                .logStartupInfo(web)
                .run();
    }
}
