package vn.tiendo.web.importing;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** A plain HTTP client for the import pages: real requests to the running app, redirects not followed. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();
    private final String base;
    private final Map<String, String> headers;
    private HttpResponse<String> followed;

    Http(int port) {
        this(port, Map.of());
    }

    /** A client logged in as a new officer holding {@code role} on the unit {@code unitCode}. */
    static Http signedIn(int port, ApplicationContext context, Role role, String unitCode) {
        TestUsers.TestUser officer = TestUsers.create(context, role, unitCode);
        HttpSession session = TestUsers.http("http://localhost:" + port, officer);
        return new Http(port, Map.of("Cookie", "JSESSIONID=" + session.sessionId(), "X-CSRF-TOKEN", session.csrfToken()));
    }

    /** With headers sent on every request, e.g. a session cookie and a CSRF token of a logged-in officer. */
    Http(int port, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.headers = headers;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        return b;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form and, like a browser, then loads the page it redirects to (see {@link #followed()}), so
     * that one-time messages are shown where a person would see them.
     */
    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> r = client.send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        followed = r.statusCode() / 100 == 3 ? get(location(r)) : r;
        return r;
    }

    /** The page shown after the last {@link #post}. */
    HttpResponse<String> followed() {
        return followed;
    }

    HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String boundary = "----tiendo" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(request("/nhap-van-ban")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path a redirect points to, without the host and the #anchor. */
    static String location(HttpResponse<?> r) {
        String l = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect, status " + r.statusCode()));
        l = l.replaceFirst("^https?://[^/]+", "");
        int hash = l.indexOf('#');
        return hash < 0 ? l : l.substring(0, hash);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
