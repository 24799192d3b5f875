package vn.tiendo.reader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Turns what Jackson reports about bad programme JSON into Vietnamese naming the field
 * ("trường indicators[2].targets[0].year: cần một số nguyên, gặp "abc"") — never a Java type or an exception name.
 */
final class JsonErrorText {

    private JsonErrorText() {
    }

    /** The Vietnamese explanation, after "JSON không hợp lệ: ". */
    static String of(Throwable e) {
        if (e instanceof StreamReadException s && !(e instanceof MismatchedInputException)) {
            return "cú pháp JSON sai" + (s.getLocation() == null ? "" : " ở cột " + s.getLocation().getColumnNr())
                    + " (thiếu dấu ngoặc, dấu phẩy, dấu nháy hoặc nội dung bị cắt)";
        }
        if (e instanceof JsonMappingException m) {
            String field = path(m);
            String where = field.isEmpty() ? "gốc tài liệu" : "trường " + field;
            if (m instanceof InvalidFormatException f) {
                return where + ": giá trị " + shown(f.getValue()) + " không đúng dạng, cần " + expected(f.getTargetType());
            }
            if (m instanceof MismatchedInputException mi) {
                return where + ": sai kiểu, cần " + expected(mi.getTargetType());
            }
            return where + ": giá trị không hợp lệ";
        }
        if (e instanceof JacksonException) {
            return "nội dung không đọc được";
        }
        return "giá trị không hợp lệ";
    }

    /** The line of the problem, when the parser knows it. */
    static Integer line(Throwable e) {
        return e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0
                ? j.getLocation().getLineNr() : null;
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "giá trị khác";
        }
        if (type == LocalDate.class) {
            return "một ngày dạng yyyy-mm-dd";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == BigInteger.class) {
            return "một số nguyên";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "một số";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true hoặc false";
        }
        if (type == String.class) {
            return "một chuỗi";
        }
        if (type.isEnum()) {
            return "một trong: " + Arrays.stream(type.getEnumConstants()).map(c -> enumName(c)).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "một mảng [...]";
        }
        return "một đối tượng {...}";
    }

    private static String enumName(Object constant) {
        try {
            java.lang.reflect.Method m = Arrays.stream(constant.getClass().getMethods())
                    .filter(x -> x.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)).findFirst().orElse(null);
            return m == null ? constant.toString() : String.valueOf(m.invoke(constant));
        } catch (ReflectiveOperationException ex) {
            return constant.toString();
        }
    }
}
