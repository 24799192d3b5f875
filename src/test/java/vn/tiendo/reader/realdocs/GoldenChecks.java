package vn.tiendo.reader.realdocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeJson;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.reader.ReadException;

/**
 * The golden files of the real documents (src/test/resources/reader/real-docs/*.golden.json), written by hand
 * from reading each document, and their evaluation against what the reader makes of the document.
 * <p>A golden file: {@code {"document": "file.txt", "checks": [{"what": "…", "path": "…", "equals"|"contains"|
 * "atMost"|"atLeast": …, "known": "why it still fails (optional)"}]}}. A path walks the programme JSON
 * (docs/programme-json.md) with "/" between steps: a field name, an array index, {@code #} (array size),
 * {@code [field=value]}, {@code [field^=prefix]} or {@code [field*=part]} (first element, searched
 * depth-first through "children", whose field equals / starts with / contains the text). Paths starting with "@" are counts: {@code @indicatorCount}
 * (with sub-indicators), {@code @targetCount}, {@code @taskCount}, {@code @warningCount}, {@code @error}
 * (the reader's error message, "" when it read the document).
 */
public final class GoldenChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenChecks() {
    }

    /** One check of a golden file. */
    public record Check(String what, String path, String op, JsonNode expected, String known) {
    }

    /** A check and how it went. */
    public record Outcome(Check check, boolean passed, String actual) {
    }

    /** All checks of one document. */
    public record Score(String golden, String document, List<Outcome> outcomes) {
        public long passed() {
            return outcomes.stream().filter(Outcome::passed).count();
        }

        public long failed() {
            return outcomes.size() - passed();
        }
    }

    /** The golden files on the test classpath, by name. */
    public static List<Path> goldens() {
        URL url = GoldenChecks.class.getResource("/reader/real-docs");
        if (url == null) {
            throw new IllegalStateException("missing test resource /reader/real-docs");
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".golden.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the golden's document from {@code docs} and evaluates every check. */
    public static Score score(Path golden, Path docs) {
        JsonNode g = readJson(golden);
        String name = g.path("document").asText();
        JsonNode root;
        String error = "";
        try {
            ProgrammeDocument doc = new ProgrammeReader().read(name, Files.readAllBytes(docs.resolve(name)));
            root = JSON.readTree(ProgrammeJson.write(doc));
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("@indicatorCount", IntNode.valueOf(doc.indicatorCount()));
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("@targetCount", IntNode.valueOf(doc.targetCount()));
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("@taskCount", IntNode.valueOf(doc.tasks().size()));
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("@warningCount", IntNode.valueOf(doc.warnings().size()));
        } catch (ReadException e) {
            root = JSON.createObjectNode();
            error = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("@error", TextNode.valueOf(error));
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode c : g.path("checks")) {
            outcomes.add(evaluate(check(c), root));
        }
        return new Score(golden.getFileName().toString(), name, outcomes);
    }

    private static Check check(JsonNode c) {
        for (String op : new String[] {"equals", "contains", "atMost", "atLeast"}) {
            if (c.has(op)) {
                return new Check(c.path("what").asText(), c.path("path").asText(), op, c.get(op),
                        c.has("known") ? c.get("known").asText() : null);
            }
        }
        throw new IllegalArgumentException("check without equals/contains/atMost/atLeast: " + c);
    }

    static Outcome evaluate(Check check, JsonNode root) {
        JsonNode actual = walk(root, check.path());
        boolean ok = actual != null && switch (check.op()) {
            case "equals" -> same(actual, check.expected());
            case "contains" -> contains(actual, check.expected());
            case "atMost" -> actual.isNumber() && actual.decimalValue().compareTo(check.expected().decimalValue()) <= 0;
            case "atLeast" -> actual.isNumber() && actual.decimalValue().compareTo(check.expected().decimalValue()) >= 0;
            default -> false;
        };
        return new Outcome(check, ok, actual == null ? "(không có)" : abbreviate(actual.toString()));
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (actual.isTextual() && expected.isNumber()) {
            return actual.asText().equals(expected.asText());
        }
        return actual.equals(expected);
    }

    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (actual.isArray()) {
            for (JsonNode e : actual) {
                if (same(e, expected)) {
                    return true;
                }
            }
            return false;
        }
        return actual.isTextual() && actual.asText().contains(expected.asText());
    }

    /** The node at {@code path}, or null when a step finds nothing. */
    static JsonNode walk(JsonNode root, String path) {
        JsonNode n = root;
        for (String step : path.split("/")) {
            if (n == null) {
                return null;
            }
            n = step(n, step);
        }
        return n == null || n.isMissingNode() ? null : n;
    }

    private static JsonNode step(JsonNode n, String step) {
        if (step.equals("#")) {
            return n.isArray() ? IntNode.valueOf(n.size()) : null;
        }
        if (step.startsWith("[") && step.endsWith("]")) {
            String sel = step.substring(1, step.length() - 1);
            int eq = sel.indexOf('=');
            char mode = eq > 0 && (sel.charAt(eq - 1) == '^' || sel.charAt(eq - 1) == '*') ? sel.charAt(eq - 1) : '=';
            String field = sel.substring(0, mode == '=' ? eq : eq - 1);
            return n.isArray() ? select(n, field, sel.substring(eq + 1), mode) : null;
        }
        if (step.matches("\\d+")) {
            return n.isArray() ? n.get(Integer.parseInt(step)) : null;
        }
        return n.get(step);
    }

    private static JsonNode select(JsonNode array, String field, String value, char mode) {
        for (JsonNode e : array) {
            String v = e.path(field).asText(null);
            if (v != null && (mode == '^' ? v.startsWith(value) : mode == '*' ? v.contains(value) : v.equals(value))) {
                return e;
            }
            JsonNode kids = e.get("children");
            if (kids != null && kids.isArray()) {
                JsonNode found = select(kids, field, value, mode);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }
}
