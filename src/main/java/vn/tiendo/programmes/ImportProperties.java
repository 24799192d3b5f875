package vn.tiendo.programmes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document import ({@code tiendo.import.*}), bound once.
 *
 * @param maxBytes the largest document accepted, in bytes (default 20 MB); the web upload limit is derived from it
 */
@ConfigurationProperties("tiendo.import")
public record ImportProperties(@DefaultValue("" + ImportProperties.DEFAULT_MAX_BYTES) long maxBytes) {

    /** Default limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
}
