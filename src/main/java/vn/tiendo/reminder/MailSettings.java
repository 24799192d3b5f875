package vn.tiendo.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing e-mail (thư điện tử) over SMTP, {@code tiendo.mail.*}. Nothing is sent while {@code host} is blank;
 * the in-app messages (hộp thư) still land.
 *
 * @param host     SMTP server; blank = no e-mail
 * @param port     SMTP port (default 587)
 * @param tls      STARTTLS required (default true)
 * @param username SMTP user, blank for none
 * @param password SMTP password
 * @param from     sender address (default tiendo@localhost)
 * @param baseUrl  address of the application, put before the links in the e-mails (default http://localhost:8080)
 */
@ConfigurationProperties(prefix = "tiendo.mail")
public record MailSettings(String host, Integer port, Boolean tls, String username, String password, String from, String baseUrl) {

    public MailSettings {
        port = port == null ? 587 : port;
        tls = tls == null ? Boolean.TRUE : tls;
        from = from == null || from.isBlank() ? "tiendo@localhost" : from.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** True when an SMTP host is set. */
    public boolean enabled() {
        return host != null && !host.isBlank();
    }
}
