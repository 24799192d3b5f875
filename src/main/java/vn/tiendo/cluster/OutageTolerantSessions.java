package vn.tiendo.cluster;

import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.TransactionException;
import vn.tiendo.storage.PrimaryUnavailableException;
import vn.tiendo.storage.ReadRouting;
import vn.tiendo.storage.ReadScope;

/**
 * The HTTP sessions (Spring Session JDBC) while the primary database is gone: a signed-in officer keeps reading.
 * Sessions are then read from the replica (the session tables are replicated like any other), and saving a session
 * (its last access time, a new attribute such as a form's CSRF token) is skipped instead of failing the page: the
 * session is saved again with the next request once the primary is back. With the primary up, or without a replica,
 * every call goes straight to the JDBC repository. Writes themselves still fail fast with 503
 * ({@link PrimaryUnavailableException}); a form shown during the outage may have to be sent again afterwards.
 * It wraps the JDBC repository as that bean is made ({@link Wrapping}), so Spring Session's filter takes this one.
 */
final class OutageTolerantSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessions.class);

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final JdbcIndexedSessionRepository jdbc;
    private final ReadRouting routing;

    @SuppressWarnings({"unchecked", "rawtypes"})   // its session type is not public; every session it is given is its own
    OutageTolerantSessions(JdbcIndexedSessionRepository sessions, ReadRouting routing) {
        this.sessions = (FindByIndexNameSessionRepository) sessions;
        this.jdbc = sessions;
        this.routing = routing;
    }

    /** Puts the wrapper around Spring Session's JDBC repository (Boot makes that one only while no other exists). */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {
        @Bean
        static BeanPostProcessor outageTolerantSessionsWrapper(ObjectProvider<ReadRouting> routing) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof JdbcIndexedSessionRepository jdbc ? new OutageTolerantSessions(jdbc, routing.getObject()) : bean;
                }
            };
        }
    }

    @Override
    public void destroy() {
        jdbc.destroy();   // its clean-up scheduler
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        if (routing.primaryDown()) {
            log.debug("Máy chủ chính không trả lời: phiên {} chưa được lưu lại", session.getId());
            return;
        }
        try {
            sessions.save(session);
        } catch (DataAccessException | TransactionException e) {
            if (!routing.primaryDown()) {
                throw e;
            }
            log.debug("Máy chủ chính vừa ngừng trả lời: phiên {} chưa được lưu lại", session.getId());
        }
    }

    @Override
    public Session findById(String id) {
        return readable(() -> sessions.findById(id));
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return readable(() -> sessions.findByIndexNameAndIndexValue(indexName, indexValue));
    }

    /** The read, from the replica while the primary is down (a read scope lets the data source hand out a replica connection). */
    private <T> T readable(Supplier<T> read) {
        if (!routing.enabled() || !routing.primaryDown() || ReadScope.active()) {
            return read.get();
        }
        try (ReadScope scope = ReadScope.open(0)) {
            return read.get();
        }
    }
}
