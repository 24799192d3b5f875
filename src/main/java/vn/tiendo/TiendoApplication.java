package vn.tiendo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot application; the entry point is {@link vn.tiendo.cli.Main}. */
@SpringBootApplication
public class TiendoApplication {
}
