package vn.tiendo.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** This node's name: {@code tiendo.cluster.node-name}, or the host name and the HTTP port. */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
public class NodeIdentity {

    /** The response header naming the node that answered. */
    public static final String HEADER = "X-Tiendo-Node";

    private final String configured;
    private final Environment env;
    private final String host;

    public NodeIdentity(ClusterProperties props, Environment env) {
        this.configured = props.nodeName() == null || props.nodeName().isBlank() ? null : props.nodeName().strip();
        this.env = env;
        this.host = hostName();
    }

    /** The name (with a random port, the port the server actually listens on once it is started). */
    public String name() {
        if (configured != null) {
            return configured;
        }
        return host + ":" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
