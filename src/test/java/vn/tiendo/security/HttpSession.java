package vn.tiendo.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client keeping its cookies like a browser (no redirects followed), for tests that
 * call pages and endpoints directly: GET, and POST of forms with the page's CSRF token.
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf;

    public HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    /** POST of a form, with the CSRF token of the last page read (fetched from the login page when none). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/dang-nhap");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields);
    }

    /** POST of exactly these fields (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public void login(String username, String password) {
        HttpResponse<String> r = post("/dang-nhap", Map.of("username", username, "password", password));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("/dang-nhap")) {
            throw new IllegalStateException("Đăng nhập thất bại cho " + username + ": " + r.statusCode() + " " + location);
        }
        get("/tai-khoan");
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The CSRF token of the last page read (send it as the X-CSRF-TOKEN header or the _csrf field). */
    public String csrfToken() {
        return csrf;
    }

    /** The session cookie value (JSESSIONID), or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(response.body());
            if (m.find() && !m.group(1).isEmpty()) {
                csrf = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
