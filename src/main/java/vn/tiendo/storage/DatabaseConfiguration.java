package vn.tiendo.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The data source: an external PostgreSQL when {@code tiendo.db.url} (TIENDO_DB_URL) or
 * {@code spring.datasource.url} is set, otherwise the embedded PostgreSQL in the data folder; optionally a streaming
 * replica for read-only work ({@link ReadRouting}, {@link ReplicaReads}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TiendoDatabaseProperties.class)
public class DatabaseConfiguration {

    /** Started only when no external database is configured. */
    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedDatabase embeddedDatabase(TiendoDatabaseProperties props) {
        return props.ephemeral() ? EmbeddedDatabase.openTemporary() : EmbeddedDatabase.open(Path.of(props.dataDir()));
    }

    /** The pools and the read routing (docs/deploy.md "Bản sao đọc"); closes the pools at shutdown. */
    @Bean(destroyMethod = "close")
    ReadRouting readRouting(TiendoDatabaseProperties props, ObjectProvider<EmbeddedDatabase> embedded,
                            org.springframework.core.env.Environment env, ObjectProvider<MeterRegistry> meters) {
        return new ReadRouting(primaryPool(props, embedded, env), props.db(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The primary pool, or with a replica the router that fails fast and serves reads from the replica while it is down. */
    @Bean(destroyMethod = "")
    DataSource dataSource(ReadRouting routing) {
        return routing.dataSource();
    }

    /** The ordinary client: always the primary. */
    @Bean
    @Primary
    JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
        return JdbcClient.create(template);
    }

    /** The client of read-only work ({@link ReplicaReads}): the ordinary one without a replica. */
    @Bean
    @ReplicaReads
    JdbcClient replicaReadsJdbcClient(JdbcClient primary, ReadRouting routing) {
        return routing.enabled() ? new RoutingJdbcClient(primary, JdbcClient.create(routing.replicaReadsDataSource()), routing) : primary;
    }

    private static HikariDataSource primaryPool(TiendoDatabaseProperties props, ObjectProvider<EmbeddedDatabase> embedded,
                                                org.springframework.core.env.Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("tiendo");
        ds.setMaximumPoolSize(props.db().poolSize());
        ds.setInitializationFailTimeout(-1);
        ds.setConnectionTimeout(props.db().connectTimeoutMs());
        String springUrl = blankToNull(env.getProperty("spring.datasource.url"));
        if (blankToNull(props.db().url()) != null) {
            ds.setJdbcUrl(props.db().url());
            ds.setUsername(props.db().user());
            ds.setPassword(props.db().password());
        } else if (springUrl != null) {
            ds.setJdbcUrl(springUrl);
            ds.setUsername(env.getProperty("spring.datasource.username"));
            ds.setPassword(env.getProperty("spring.datasource.password"));
        } else {
            EmbeddedDatabase db = embedded.getObject();
            ds.setJdbcUrl(db.jdbcUrl());
            ds.setUsername(db.user());
        }
        return ds;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Matches when neither tiendo.db.url nor spring.datasource.url names an external database. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return blankToNull(context.getEnvironment().getProperty("tiendo.db.url")) == null
                    && blankToNull(context.getEnvironment().getProperty("spring.datasource.url")) == null;
        }
    }
}
