package vn.tiendo.web.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cached dashboard answer that keeps its JSON once written ({@link WrittenAnswerConverter} sends these bytes
 * instead of serialising the answer again for every request). It reads as the answer it wraps, so the endpoints keep
 * their declared types (and their OpenAPI description). The answers are never changed once computed.
 */
interface WrittenAnswer {

    /** The answer as JSON, written by {@code mapper} the first time it is asked for. */
    byte[] json(ObjectMapper mapper);

    /** {@code answer} wrapped, when it is a map or a list; otherwise itself. */
    @SuppressWarnings("unchecked")
    static <T> T wrap(T answer) {
        if (answer instanceof Map<?, ?> m && !(answer instanceof WrittenAnswer)) {
            return (T) new AsMap((Map<String, Object>) m);
        }
        if (answer instanceof List<?> l && !(answer instanceof WrittenAnswer)) {
            return (T) new AsList((List<Object>) l);
        }
        return answer;
    }

    /** Writes {@code value} once; concurrent first requests may both write it (the same bytes). */
    final class Bytes {
        private volatile byte[] json;

        byte[] of(Object value, ObjectMapper mapper) {
            byte[] known = json;
            if (known == null) {
                try {
                    known = mapper.writeValueAsBytes(value);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Không ghi được câu trả lời dạng JSON", e);
                }
                json = known;
            }
            return known;
        }
    }

    /** An object answer. */
    final class AsMap extends AbstractMap<String, Object> implements WrittenAnswer {
        private final Map<String, Object> answer;
        private final Bytes bytes = new Bytes();

        AsMap(Map<String, Object> answer) {
            this.answer = answer;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return answer.entrySet();
        }

        @Override
        public Object get(Object key) {
            return answer.get(key);
        }

        @Override
        public byte[] json(ObjectMapper mapper) {
            return bytes.of(answer, mapper);
        }
    }

    /** A list answer. */
    final class AsList extends AbstractList<Object> implements WrittenAnswer {
        private final List<Object> answer;
        private final Bytes bytes = new Bytes();

        AsList(List<Object> answer) {
            this.answer = answer;
        }

        @Override
        public Object get(int index) {
            return answer.get(index);
        }

        @Override
        public int size() {
            return answer.size();
        }

        @Override
        public byte[] json(ObjectMapper mapper) {
            return bytes.of(answer, mapper);
        }
    }
}
