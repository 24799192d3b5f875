package vn.tiendo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.reader.ProgrammeJson;
import vn.tiendo.security.HttpSession;

/** Inputs of the crash tests: a large programme JSON, a filled Excel template, multipart uploads; a table lock to hold a write mid-transaction. */
final class CrashInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CrashInputs() {
    }

    /** Seed 000 (05-CTr/TU) as programme JSON under another number, its indicators and tasks copied {@code copies} times. */
    static ObjectNode largeProgramme(String number, int copies) throws Exception {
        byte[] seed = Files.readAllBytes(ImportExportCommandTest.seed("000"));
        String json = ProgrammeJson.write(ProgrammeImporter.reader(20_000_000).readWithSource("000.txt", seed).document());
        ObjectNode doc = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) doc.get("document")).put("number", number);
        for (String field : new String[] {"indicators", "tasks"}) {
            ArrayNode original = (ArrayNode) doc.get(field);
            ArrayNode copied = JSON.createArrayNode();
            for (int k = 1; k <= copies; k++) {
                for (JsonNode item : original) {
                    copied.add(suffixed(item.deepCopy(), "-" + k));
                }
            }
            doc.set(field, copied);
        }
        return doc;
    }

    private static ObjectNode suffixed(ObjectNode item, String suffix) {
        item.put("code", item.get("code").asText() + suffix);
        if (item.has("children")) {
            item.get("children").forEach(c -> suffixed((ObjectNode) c, suffix));
        }
        return item;
    }

    /** Indicators (children included) and targets of a programme JSON. */
    static long[] indicatorsAndTargets(JsonNode indicators) {
        long[] n = new long[2];
        for (JsonNode in : indicators) {
            n[0]++;
            n[1] += in.get("targets").size();
            long[] below = indicatorsAndTargets(in.get("children"));
            n[0] += below[0];
            n[1] += below[1];
        }
        return n;
    }

    static String text(JsonNode doc) throws Exception {
        return JSON.writeValueAsString(doc);
    }

    /** POST of one file as multipart/form-data field "file", with the session's cookie and CSRF token. */
    static HttpRequest multipart(HttpSession session, String path, String fileName, byte[] content) {
        String boundary = "crash" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(session.baseUrl() + path)).timeout(java.time.Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /**
     * Fills the value cell of every row whose indicator code is in {@code codes} with "k,25" (k = 1, 2, …; no other test
     * writes a quarter); returns the filled file and the number of values filled in.
     */
    static Filled fill(byte[] template, Set<String> codes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheet("Số liệu");
            int filled = 0;
            for (Row row : sheet) {
                Cell code = row.getCell(0);
                if (code != null && code.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && codes.contains(code.getStringCellValue().strip())) {
                    row.getCell(4).setCellValue(++filled + ",25");
                }
            }
            wb.write(out);
            return new Filled(out.toByteArray(), filled);
        }
    }

    record Filled(byte[] file, int values) {
    }

    /**
     * Takes an EXCLUSIVE lock on {@code table} in an open transaction of a new connection (reads pass, writes wait), so a
     * write that reaches the table waits there, mid-transaction, until the returned connection is closed.
     */
    static Connection lock(ChildServer server, String table) throws Exception {
        Connection c = server.jdbc();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
        return c;
    }

    /** Waits until a statement matching {@code like} waits for a lock in an open transaction; returns it, or null. */
    static String waitingStatement(ChildServer server, String like, java.util.concurrent.Future<?> response) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        try (Connection c = server.jdbc(); Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline && !response.isDone()) {
                try (ResultSet rs = st.executeQuery("SELECT left(query, 200) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                        + " AND xact_start IS NOT NULL AND wait_event_type = 'Lock' AND query ILIKE '" + like + "'")) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(5);
            }
        }
        return null;
    }
}
