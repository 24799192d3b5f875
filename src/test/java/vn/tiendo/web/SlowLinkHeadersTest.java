package vn.tiendo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tiendo.TiendoTest;

/** Issue 14, slow links: pages travel gzip-compressed; styles and scripts have a content hash and are cached for a year. */
@TiendoTest
class SlowLinkHeadersTest {

    @LocalServerPort
    int port;

    HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLoginPageIsGzippedAndItsStylesheetIsVersionedAndCachedForAYear() throws Exception {
        HttpResponse<byte[]> page = get("/dang-nhap");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html;
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher css = Pattern.compile("/css/tiendo-[0-9a-f]{32}\\.css").matcher(html);
        assertThat(css.find()).as("versioned stylesheet in " + html).isTrue();
        assertThat(html).contains("/favicon.svg", "/favicon.ico", "<title>");
        HttpResponse<byte[]> style = get(css.group());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
    }
}
