package vn.tiendo.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * Who may call the endpoints matching a path pattern (quy tắc truy cập). Built with the factory
 * methods, one line per rule, in {@link EndpointRules}.
 *
 * @param methods    HTTP methods it applies to; empty for all
 * @param pattern    Spring path pattern, e.g. {@code /don-vi/{code}/**}
 * @param access     what is checked before the controller runs
 * @param variable   the path variable naming the object whose unit is checked (UNIT, PROGRAMME)
 * @param permission the permission needed on that unit (UNIT, PROGRAMME)
 */
public record EndpointRule(Set<HttpMethod> methods, String pattern, Access access, String variable, Permission permission) {

    /** What a rule checks. */
    public enum Access {
        /** anyone, without login (công khai) */ PUBLIC,
        /** any logged-in user; the controller asks {@link AccessPolicy} for the unit it touches */ SIGNED_IN,
        /** logged in with {@code permission} on the unit whose official code is the path variable */ UNIT,
        /** logged in with {@code permission} on the unit owning the programme whose id is the path variable */ PROGRAMME,
        /** holds the ADMIN role on some unit (the page limits itself to that scope) */ ADMIN,
        /** holds the ADMIN or INSPECTOR role on some unit: the audit trail */ AUDIT,
        /** holds a role with MANAGE on some unit (programme owners, administrators); the controller checks the unit */ MANAGER
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    public static EndpointRule publicly(String pattern) {
        return new EndpointRule(Set.of(), pattern, Access.PUBLIC, null, null);
    }

    public static EndpointRule publicly(HttpMethod method, String pattern) {
        return new EndpointRule(Set.of(method), pattern, Access.PUBLIC, null, null);
    }

    public static EndpointRule signedIn(String pattern) {
        return new EndpointRule(Set.of(), pattern, Access.SIGNED_IN, null, null);
    }

    public static EndpointRule unit(String pattern, String codeVariable, Permission permission) {
        return new EndpointRule(Set.of(), pattern, Access.UNIT, codeVariable, permission);
    }

    public static EndpointRule programme(HttpMethod method, String pattern, String idVariable, Permission permission) {
        return new EndpointRule(Set.of(method), pattern, Access.PROGRAMME, idVariable, permission);
    }

    public static EndpointRule programme(String pattern, String idVariable, Permission permission) {
        return new EndpointRule(Set.of(), pattern, Access.PROGRAMME, idVariable, permission);
    }

    public static EndpointRule admin(String pattern) {
        return new EndpointRule(Set.of(), pattern, Access.ADMIN, null, null);
    }

    public static EndpointRule manager(String pattern) {
        return new EndpointRule(Set.of(), pattern, Access.MANAGER, null, null);
    }

    public static EndpointRule audit(String pattern) {
        return new EndpointRule(Set.of(), pattern, Access.AUDIT, null, null);
    }

    /** The path variables when this rule applies to the request, else empty. */
    public Optional<Map<String, String>> match(String method, String path) {
        return match(method, PathContainer.parsePath(path));
    }

    /** As {@link #match(String, String)}, for a path parsed once for all rules. */
    Optional<Map<String, String>> match(String method, PathContainer path) {
        if (!methods.isEmpty() && methods.stream().noneMatch(m -> m.name().equalsIgnoreCase(method))) {
            return Optional.empty();
        }
        PathPattern.PathMatchInfo info = parsed().matchAndExtract(path);
        return info == null ? Optional.empty() : Optional.of(info.getUriVariables());
    }

    /** Patterns are parsed once (every request is matched against the rules). */
    private static final Map<String, PathPattern> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private PathPattern parsed() {
        return PARSED.computeIfAbsent(pattern, PARSER::parse);
    }

    @Override
    public String toString() {
        return (methods.isEmpty() ? "*" : methods.toString()) + " " + pattern + " → " + access
                + (variable == null ? "" : "(" + variable + ", " + permission + ")");
    }
}
