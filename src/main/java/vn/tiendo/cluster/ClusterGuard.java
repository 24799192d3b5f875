package vn.tiendo.cluster;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.tiendo.storage.EmbeddedDatabase;

/**
 * A node of a cluster ({@code tiendo.cluster.enabled}, TIENDO_CLUSTER=true) must share one external PostgreSQL with
 * the others: with the embedded database it would keep its own data, sessions and changes apart from theirs. Such a
 * node refuses to start, before the embedded database is started (the check looks at the bean definitions only).
 */
@Component
class ClusterGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String EMBEDDED_REFUSED = "Nút này được khai báo là một nút của cụm (TIENDO_CLUSTER=true) nhưng chưa có "
            + "cơ sở dữ liệu PostgreSQL bên ngoài, nên sẽ dùng cơ sở dữ liệu nhúng riêng, tách khỏi các nút khác. "
            + "Hãy đặt TIENDO_DB_URL, TIENDO_DB_USER, TIENDO_DB_PASSWORD tới cơ sở dữ liệu chung của cụm, "
            + "hoặc bỏ TIENDO_CLUSTER để chạy một máy.";

    private Environment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean cluster = Binder.get(env).bind("tiendo.cluster", ClusterProperties.class)
                .map(ClusterProperties::enabled).orElse(false);
        if (cluster && beanFactory.getBeanNamesForType(EmbeddedDatabase.class, true, false).length > 0) {
            throw new NodeRefusedException(EMBEDDED_REFUSED);
        }
    }
}
