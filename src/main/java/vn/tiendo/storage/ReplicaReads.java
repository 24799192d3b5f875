package vn.tiendo.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@code JdbcClient} of read-only work (dashboards, public pages, completeness, reports): inside a GET
 * request and outside a writing transaction it reads from the streaming replica when one is configured and fresh
 * enough for the user (read-your-writes), else from the primary. Without a replica it is the ordinary client.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface ReplicaReads {
}
