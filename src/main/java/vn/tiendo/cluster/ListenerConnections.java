package vn.tiendo.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.tiendo.storage.EmbeddedDatabase;
import vn.tiendo.storage.TiendoDatabaseProperties;

/**
 * Connections of this node's own, outside the pool, to the database the pool uses (the primary): the listener of
 * other nodes' changes holds one for good. Also tells whether the database is external or the embedded one.
 */
@Component
class ListenerConnections {

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final TiendoDatabaseProperties props;
    private final Environment env;
    private final NodeIdentity node;

    ListenerConnections(ObjectProvider<EmbeddedDatabase> embedded, TiendoDatabaseProperties props, Environment env, NodeIdentity node) {
        this.embedded = embedded;
        this.props = props;
        this.env = env;
        this.node = node;
    }

    /** True when the node uses an external PostgreSQL (TIENDO_DB_URL or spring.datasource.url), not its embedded one. */
    boolean external() {
        return embedded.getIfAvailable() == null;
    }

    /**
     * A new connection for {@code purpose} (its application name: "tiendo &lt;purpose&gt; &lt;node&gt;", seen in
     * pg_stat_activity); socket and connect time-outs of 5 s, so a silently lost server is noticed.
     */
    Connection open(String purpose) throws SQLException {
        Properties p = new Properties();
        String url;
        EmbeddedDatabase db = embedded.getIfAvailable();
        if (db != null) {
            url = db.jdbcUrl();
            put(p, "user", db.user());
        } else if (props.db().url() != null && !props.db().url().isBlank()) {
            url = props.db().url();
            put(p, "user", props.db().user());
            put(p, "password", props.db().password());
        } else {
            url = env.getProperty("spring.datasource.url");
            put(p, "user", env.getProperty("spring.datasource.username"));
            put(p, "password", env.getProperty("spring.datasource.password"));
        }
        p.setProperty("socketTimeout", "5");
        p.setProperty("connectTimeout", "5");
        String name = "tiendo " + purpose + " " + node.name();
        p.setProperty("ApplicationName", name.length() > 63 ? name.substring(0, 63) : name);
        return DriverManager.getConnection(url, p);
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
