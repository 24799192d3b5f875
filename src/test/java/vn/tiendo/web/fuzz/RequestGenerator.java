package vn.tiendo.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators built from the OpenAPI document: for one operation, a path with its parameters filled in, a query
 * string and a JSON body shaped by the documented schema. Values mix the fixture's real ids and codes (so requests
 * reach the services) with edge cases: negative and huge numbers, empty and hostile strings, wrong types, malformed
 * JSON. A failure names the request it sent.
 */
final class RequestGenerator {

    /** One generated request. */
    record Request(String method, String path, String body, String contentType) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE = List.of("", " ", "2026Q5", "'; SELECT 1; --", "../../etc/passwd", "%00", "<script>",
            "99999999999999999999", "-1", "1e309", "Đạt", "null", "\u0000", "ａｂｃ", "2026S3", "VN", "true");

    private final JsonNode doc;
    private final Map<String, List<Object>> known;
    private final Random random;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code known}: real values by parameter or property name (ids, unit codes, periods) for the generators to mix in. */
    RequestGenerator(JsonNode doc, Map<String, List<Object>> known, long seed) {
        this.doc = doc;
        this.known = known;
        this.random = new Random(seed);
    }

    Request next(String method, String template, JsonNode operation) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            String name = p.path("name").asText();
            JsonNode schema = resolve(p.path("schema"));
            String in = p.path("in").asText();
            if (in.equals("path")) {
                String v = scalar(name, schema);
                // a "/", "\\" or NUL inside a segment is refused by the servlet container (400) before the application sees it
                v = v.replace("/", "").replace("\\", "").replace("\u0000", "");
                path = path.replace("{" + name + "}", v.isEmpty() ? "x" : enc(v));
            } else if (in.equals("query") && (p.path("required").asBoolean() || random.nextInt(3) > 0)) {
                int n = schema.path("type").asText().equals("array") ? 1 + random.nextInt(2) : 1;
                for (int i = 0; i < n; i++) {
                    query.add(enc(name) + "=" + enc(scalar(name, schema.has("items") ? resolve(schema.path("items")) : schema)));
                }
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return new Request(method, path, null, null);
        }
        String type = content.fieldNames().next();
        if (!type.contains("json")) {
            return new Request(method, path, "", type);
        }
        return new Request(method, path, body(resolve(content.path(type).path("schema"))), "application/json");
    }

    private String body(JsonNode schema) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return pick(List.of("{", "[", "null", "\"x\"", "{\"a\":", "không phải JSON", "[1,2,3]", "{}", "42"));
        }
        try {
            return json.writeValueAsString(node(schema, "", 0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode node(JsonNode schema, String name, int depth) {
        if (random.nextInt(12) == 0) {
            return pick(List.of(NODES.nullNode(), NODES.textNode("?"), NODES.numberNode(-1), NODES.booleanNode(true), NODES.objectNode()));
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
                while (it.hasNext() && depth < 4) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (random.nextInt(5) > 0) {
                        o.set(e.getKey(), node(resolve(e.getValue()), e.getKey(), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0 && depth < 4; i--) {
                    a.add(node(resolve(schema.path("items")), name, depth + 1));
                }
                return a;
            }
            case "integer", "number" -> {
                return NODES.numberNode(Long.parseLong(integer(name)));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(string(name));
            }
        }
    }

    private String scalar(String name, JsonNode schema) {
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> random.nextInt(6) == 0 ? string(name) : integer(name);
            case "boolean" -> pick(List.of("true", "false", "có"));
            default -> string(name);
        };
    }

    private String integer(String name) {
        Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs().between(-3, 50), Arbitraries.longs(),
                Arbitraries.of(0L, Long.MAX_VALUE, Integer.MAX_VALUE + 1L, 2026L));
        // the same field name can be a number in one operation and text in another: only numbers are used here
        List<Object> real = known.getOrDefault(name, List.of()).stream().filter(v -> v instanceof Number).toList();
        if (!real.isEmpty() && random.nextInt(3) > 0) {
            return String.valueOf(pick(real));
        }
        return String.valueOf(sample(numbers));
    }

    private String string(String name) {
        List<Object> real = known.getOrDefault(name, List.of());
        if (!real.isEmpty() && random.nextInt(3) > 0) {
            return String.valueOf(pick(real));
        }
        Arbitrary<String> strings = Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(24),
                Arbitraries.strings().withChars("0123456789QS-/@#.,").ofMaxLength(12));
        return sample(strings);
    }

    /** jqwik's own sampling (usable outside a property); the choice between real and generated values stays seeded. */
    private static <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The schema behind a {@code $ref} to components/schemas. */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
