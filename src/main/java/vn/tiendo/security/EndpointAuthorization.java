package vn.tiendo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/**
 * Applies {@link EndpointRules} to every request before it reaches a controller. When it refuses a
 * logged-in user it leaves a Vietnamese explanation in the request ({@link #REFUSAL}) for the 403 page.
 */
@Component
public class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    /** Request attribute holding the Vietnamese reason of a refusal. */
    public static final String REFUSAL = "tiendo.refusal";

    private final ScopedAccessPolicy policy;
    private final UserService users;
    private final OrgUnitRepository units;
    private final ProgrammeService programmes;

    public EndpointAuthorization(ScopedAccessPolicy policy, UserService users, OrgUnitRepository units,
                                 ProgrammeService programmes) {
        this.policy = policy;
        this.users = users;
        this.units = units;
        this.programmes = programmes;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<EndpointRules.Matched> matched = EndpointRules.match(request.getMethod(), path);
        if (matched.isEmpty()) {
            return refuse(request, "Địa chỉ này chưa được khai báo quyền truy cập nên bị từ chối.");
        }
        EndpointRule rule = matched.get().rule();
        if (rule.access() == EndpointRule.Access.PUBLIC) {
            return new AuthorizationDecision(true);
        }
        if (!(authentication.get().getPrincipal() instanceof TiendoPrincipal user)) {
            return new AuthorizationDecision(false);
        }
        if (!users.isActive(user.id())) {
            endSession(request);
        }
        String value = rule.variable() == null ? null : matched.get().variables().get(rule.variable());
        return switch (rule.access()) {
            case PUBLIC, SIGNED_IN -> new AuthorizationDecision(true);
            case ADMIN -> policy.hasRoleAnywhere(EnumSet.of(Role.ADMIN)) ? new AuthorizationDecision(true)
                    : refuse(request, "Trang này chỉ dành cho quản trị hệ thống.");
            case AUDIT -> policy.hasRoleAnywhere(EnumSet.of(Role.ADMIN, Role.INSPECTOR)) ? new AuthorizationDecision(true)
                    : refuse(request, "Nhật ký thay đổi chỉ dành cho quản trị hệ thống và cán bộ kiểm tra.");
            case MANAGER -> policy.hasRoleAnywhere(Role.granting(Permission.MANAGE)) ? new AuthorizationDecision(true)
                    : refuse(request, "Chỉ cán bộ chủ trì chương trình hoặc quản trị mới được nhập văn bản.");
            case UNIT -> onUnit(request, user, units.findByCode(value), rule.permission());
            case PROGRAMME -> onUnit(request, user, programmeUnit(value), rule.permission());
        };
    }

    /** An unknown unit or programme passes: the controller answers 404. */
    private AuthorizationDecision onUnit(HttpServletRequest request, TiendoPrincipal user, Optional<OrgUnit> unit,
                                         Permission permission) {
        if (unit.isEmpty() || policy.hasRoleOn(user.id(), Role.granting(permission), unit.get().id())) {
            return new AuthorizationDecision(true);
        }
        String scope = users.grants(user.id()).stream()
                .map(g -> g.orgUnitName() + " (" + g.role().label().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        return refuse(request, "Bạn không có quyền " + AccessRefusedException.verb(permission) + " " + unit.get().fullName()
                + (unit.get().code() == null ? "" : " (mã " + unit.get().code() + ")") + ". "
                + (scope.isEmpty() ? "Tài khoản của bạn chưa được giao vai trò nào."
                : "Tài khoản của bạn chỉ được giao quyền trên: " + scope + "."));
    }

    /** A disabled or erased account loses its session at once and is sent to the login page (or 401). */
    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        throw new InsufficientAuthenticationException("Tài khoản không còn hiệu lực.");
    }

    private Optional<OrgUnit> programmeUnit(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return programmes.findSummary(Long.parseLong(id)).map(ProgrammeSummary::orgUnitId).flatMap(units::findById);
    }

    private static AuthorizationDecision refuse(HttpServletRequest request, String reason) {
        request.setAttribute(REFUSAL, reason);
        return new AuthorizationDecision(false);
    }
}
