package vn.tiendo.reader;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;

/**
 * Writes and reads the programme JSON interchange format (docs/programme-json.md): pretty-printed with
 * two-space indent and "\n" line ends, fields in the order of the model records, ISO dates, plain
 * decimals. Every field is written, null included, except a target's numerator/denominator, which appear
 * only for forms like "21 (8/38)". {@code read(write(doc)).equals(doc)} and {@code write(read(json))}
 * reproduces json written by this class.
 */
public final class ProgrammeJson {

    /** Mix-in: a target always shows comparator and value (null for qualitative targets). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class TargetMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Comparator comparator();

        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract BigDecimal value();
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(Target.class, TargetMixIn.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private static final DefaultPrettyPrinter PRINTER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        PRINTER = p;
    }

    private ProgrammeJson() {
    }

    /** The document as pretty JSON ending with a newline. */
    public static String write(ProgrammeDocument doc) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Không ghi được JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads programme JSON.
     *
     * @throws ReadException when the JSON is malformed or does not fit the model
     */
    public static ProgrammeDocument read(String json) {
        if (json == null) {
            throw new ReadException("programme.json", null, "JSON không hợp lệ: tệp rỗng");
        }
        try {
            ProgrammeDocument doc = MAPPER.readValue(json, ProgrammeDocument.class);
            if (doc == null) {
                throw new ReadException("programme.json", 1, "JSON không hợp lệ: gốc tài liệu: cần một đối tượng {...}, gặp null");
            }
            return doc;
        } catch (JsonProcessingException | RuntimeException | StackOverflowError e) {
            if (e instanceof ReadException r) {
                throw r;
            }
            String nullElement = e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException ? nullElement(json) : null;
            throw new ReadException("programme.json", JsonErrorText.line(e), "JSON không hợp lệ: "
                    + (nullElement != null ? "trường " + nullElement + ": phần tử null trong danh sách" : JsonErrorText.of(e)), e);
        }
    }

    /** The path of the first null inside an array ("document.implements[0]"), or null: lists of the model hold no nulls. */
    private static String nullElement(String json) {
        try {
            return nullElement(MAPPER.readTree(json), "");
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String nullElement(com.fasterxml.jackson.databind.JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = node.get(i).isNull() ? path + "[" + i + "]" : nullElement(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String found = nullElement(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
