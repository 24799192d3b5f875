package vn.tiendo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test configuration: the whole application on a random port, on a real embedded
 * PostgreSQL in a temporary folder. Every Spring test uses it, so the context is started once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TiendoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface TiendoTest {
}
