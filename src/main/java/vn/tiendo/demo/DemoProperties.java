package vn.tiendo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo switch, bound once: {@code tiendo.demo=true} (set by {@code tiendo serve --demo}) loads the
 * seed programmes with their demo values and creates the demo accounts at start-up.
 *
 * @param demo whether this is a demo start
 */
@ConfigurationProperties(prefix = "tiendo")
public record DemoProperties(boolean demo) {
}
