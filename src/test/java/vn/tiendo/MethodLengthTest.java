package vn.tiendo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Methods stay short enough to read in one screen: no method in the checked packages is longer than
 * {@value #MAX_LINES} lines, counted from the line with its name to its closing brace. A plain text scan
 * of the main sources (comments, strings and character literals blanked out, braces counted) is enough;
 * ArchUnit only knows where a method starts.
 */
class MethodLengthTest {

    static final int MAX_LINES = 60;

    /** Packages (as source folders) held to the limit; the others follow as they are cleaned up. */
    static final List<String> PACKAGES = List.of("vn/tiendo");

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMethodIsLongerThanTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (Method m : methods(Files.readString(f, StandardCharsets.UTF_8))) {
                        if (m.lines() > MAX_LINES) {
                            tooLong.add(MAIN.relativize(f) + ":" + m.line() + " " + m.name() + " (" + m.lines()
                                    + " lines)");
                        }
                    }
                }
            }
        }
        assertThat(tooLong).as("methods longer than %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theScanFindsMethodsAndTheirLengths() {
        String src = """
                class A {
                    static final String[] S = {"{", "}"};
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    int a(int x) {
                        if (x > 0) { // {
                            return '}';
                        }
                        return 0;
                    }
                    /* void b() { */
                    class B {
                        B() throws Exception {
                            new Thread(() -> { }).start();
                        }
                    }
                    String t() {
                        return \"""
                            {
                            \""";
                    }
                }
                """;
        assertThat(methods(src)).containsExactly(new Method("a", 4, 6), new Method("B", 12, 3),
                new Method("t", 16, 5));
    }

    record Method(String name, int line, int lines) {
    }

    private enum Block { TYPE, METHOD, OTHER }

    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\b");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\([^()]*\\))?");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");

    /** The methods and constructors of a source file, nested types included, with their length in lines. */
    static List<Method> methods(String source) {
        String code = blankCommentsAndLiterals(source);
        List<Method> found = new ArrayList<>();
        Deque<Block> blocks = new ArrayDeque<>();
        Deque<Method> open = new ArrayDeque<>();
        int header = 0;
        int line = 1;
        int parens = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == ')') {
                parens += c == '(' ? 1 : -1;
            } else if (parens > 0) {
                continue; // braces inside parentheses: annotation arrays, lambdas and anonymous classes in arguments
            } else if (c == '{') {
                boolean member = blocks.isEmpty() || blocks.peek() == Block.TYPE;
                Block kind = member ? kindOf(code.substring(header, i)) : Block.OTHER;
                if (kind == Block.METHOD) {
                    Matcher n = NAME.matcher(withoutAnnotations(code.substring(header, i)));
                    if (!n.find()) {
                        throw new IllegalStateException("no method name before line " + line);
                    }
                    open.push(new Method(n.group(1), lineAt(code, header + n.start(1), line, i), 0));
                }
                blocks.push(kind);
                header = i + 1;
            } else if (c == '}') {
                if (blocks.pop() == Block.METHOD) {
                    Method m = open.pop();
                    found.add(new Method(m.name(), m.line(), line - m.line() + 1));
                }
                header = i + 1;
            } else if (c == ';') {
                header = i + 1;
            }
        }
        return found;
    }

    private static Block kindOf(String header) {
        String h = withoutAnnotations(header);
        if (TYPE.matcher(h).find()) {
            return Block.TYPE;
        }
        return h.contains("(") && !h.contains("=") && !h.contains("->") ? Block.METHOD : Block.OTHER;
    }

    /** The text with its annotations blanked out (same length, so positions stay valid). */
    private static String withoutAnnotations(String header) {
        return ANNOTATION.matcher(header).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** The line of {@code pos}, given that {@code end} is on line {@code endLine}. */
    private static int lineAt(String code, int pos, int endLine, int end) {
        int l = endLine;
        for (int k = end - 1; k >= pos; k--) {
            if (code.charAt(k) == '\n') {
                l--;
            }
        }
        return l;
    }

    /** Replaces comments, string, text-block and character literals by spaces, keeping the line breaks. */
    static String blankCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = closing(s, i + 3, "\"\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = closing(s, i + 1, String.valueOf(s.charAt(i)));
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The index just after the unescaped {@code quote} that closes a literal whose text starts at {@code from}. */
    private static int closing(String s, int from, String quote) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return s.length();
    }
}
