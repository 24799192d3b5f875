package vn.tiendo.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings, bound once.
 *
 * @param adminPassword password of the first administrator of a real install ({@code TIENDO_ADMIN_PASSWORD});
 *                      blank: generated and shown once at the first start
 */
@ConfigurationProperties(prefix = "tiendo")
public record AccountProperties(String adminPassword) {
}
