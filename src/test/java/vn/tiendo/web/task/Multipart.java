package vn.tiendo.web.task;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.tiendo.security.HttpSession;

/** A multipart/form-data POST through a logged-in {@link HttpSession} (CSRF token as header). */
final class Multipart {

    private final String boundary = "----tiendo" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static Multipart fields(Map<String, String> fields) {
        Multipart m = new Multipart();
        new LinkedHashMap<>(fields).forEach(m::field);
        return m;
    }

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + (value == null ? "" : value) + "\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    HttpResponse<String> post(HttpSession session, String baseUrl, String path) {
        if (session.csrfToken() == null) {
            session.get("/tai-khoan");
        }
        write("--" + boundary + "--\r\n");
        return session.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", session.csrfToken())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A tiny valid PDF (one empty page, correct cross-reference table) with an ASCII text in a comment, so each is different. */
    static byte[] pdf(String asciiText) {
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n% " + asciiText + "\n");
        StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
        for (String o : objects) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(o);
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
