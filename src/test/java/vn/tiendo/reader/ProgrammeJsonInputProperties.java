package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tiendo.programme.ProgrammeDocument;

/**
 * The programme JSON import (ProgrammeJson.read, docs/programme-json.md) on hostile input: any text, a real programme
 * (the seed 05-CTr/TU) cut anywhere, or with any one field replaced by a value of another kind. Whatever comes in,
 * the only exception is ReadException, in Vietnamese ("JSON không hợp lệ: trường indicators[2].targets[0].year: …"),
 * naming the field when the JSON itself is well formed, and never a Java type, an exception or a stack trace.
 * (Valid generated programmes round-trip: ProgrammeJsonTest.roundTrip.)
 */
class ProgrammeJsonInputProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = ProgrammeJson.write(Seeds.read(Seeds.S000));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where a value was replaced ("indicators[1].targets[0].year") and the new value. */
    record Mutation(String path, JsonNode value) {
    }

    @Property(tries = 300)
    void anyTextIsReadOrRefusedInVietnamese(@ForAll("texts") String text) {
        readOrRefused(text);
    }

    @Property(tries = 200)
    void aProgrammeCutAnywhereIsRefusedInVietnamese(@ForAll("cuts") int length) {
        String cut = SEED.substring(0, Math.min(length, SEED.length() - 2));
        assertThat(readOrRefused(cut)).as("a cut programme is never accepted").isNotNull();
    }

    @Property(tries = 400)
    void aFieldOfTheWrongKindIsRefusedNamingTheField(@ForAll("mutations") Mutation m) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(SEED);
        replace(tree, m.path(), m.value());
        String refusal = readOrRefused(JSON.writeValueAsString(tree));
        if (refusal != null) {
            String parent = m.path().replaceAll("(\\.[^.\\[]+|\\[\\d+])$", "");
            assertThat(refusal).as("names %s", m.path()).containsAnyOf("trường " + m.path(), "trường " + parent);
        }
    }

    /** Reads; returns null when accepted, else the refusal, which must be a Vietnamese ReadException and nothing else. */
    private static String readOrRefused(String text) {
        try {
            ProgrammeDocument doc = ProgrammeJson.read(text);
            assertThat(doc).isNotNull();
            return null;
        } catch (ReadException e) {
            assertThat(e.getMessage()).startsWith("programme.json").contains("JSON không hợp lệ: ")
                    .doesNotContain("Exception", "java.", "com.fasterxml", "`", "vn.tiendo");
            return e.getMessage();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn\\").ofMaxLength(60),
                Arbitraries.of("", "null", "[]", "{}", "{\"document\":null}", "{\"indicators\":[null]}", "{\"tasks\":{}}",
                        "[".repeat(5000), "{\"indicators\":[{\"children\":" + "[{\"children\":".repeat(800) + "[]" + "}]".repeat(800) + "}]}",
                        "{\"document\":{\"date\":\"2026-02-30\"}}", "{\"indicators\":[{\"valueType\":\"tiền\"}]}"));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, SEED.length());
    }

    @Provide
    Arbitrary<Mutation> mutations() throws Exception {
        List<String> paths = new ArrayList<>();
        collect(JSON.readTree(SEED), "", paths);
        Arbitrary<JsonNode> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8).map(NODES::textNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.of(NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                        NODES.textNode("2026-13-45"), NODES.numberNode(1e308), NODES.arrayNode().add(NODES.nullNode())));
        return Combinators.combine(Arbitraries.of(paths), values).as(Mutation::new);
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (!path.isEmpty()) {
            out.add(path);
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 3); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.get(index(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }
}
