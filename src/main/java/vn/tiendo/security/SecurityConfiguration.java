package vn.tiendo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API ({@code /api/**} and the Prometheus metrics: bearer tokens or the browser session, 401/403 as
 * problem JSON) and the web pages (form login at {@code /dang-nhap}). Both authorise every request
 * with {@link EndpointAuthorization}. CSRF is on for every form and htmx request; security headers
 * allow scripts and styles from the application itself only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** Content Security Policy: everything from this server only (htmx and echarts come from webjars). */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String CSRF_REFUSED = "Biểu mẫu đã hết hạn hoặc không hợp lệ (mã chống giả mạo CSRF không đúng). "
            + "Hãy tải lại trang rồi thử lại.";

    @Bean
    public AuthenticationManager authenticationManager(TiendoUserDetailsService users, PasswordEncoder encoder,
                                                       ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiChain(HttpSecurity http, EndpointAuthorization rules, ApiTokenRepository tokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus") // a scraper sends an administrator's token
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().access(rules))
                .csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.unauthorized(req, res))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(req, res, 403, "Không có quyền",
                                refusal(req, ex))))
                .requestCache(c -> c.disable());
        return commonHeaders(http).build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain webChain(HttpSecurity http, EndpointAuthorization rules, LoginEvents events,
                                        UserService users) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().access(rules))
                .formLogin(f -> f.loginPage("/dang-nhap").loginProcessingUrl("/dang-nhap")
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/viec-cua-toi", false).failureHandler(loginFailure(users)).permitAll())
                .logout(l -> l.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?da-thoat")
                        .addLogoutHandler((req, res, auth) -> events.loggedOut(auth))
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(webRefusal()));
        return commonHeaders(http).build();
    }

    private static HttpSecurity commonHeaders(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(c -> { }));
    }

    /** Wrong password: back to the login page; the 5th wrong one (or any while locked) says the account is locked. */
    private static AuthenticationFailureHandler loginFailure(UserService users) {
        return (HttpServletRequest req, HttpServletResponse res, AuthenticationException ex) -> {
            String username = req.getParameter("username");
            boolean locked = ex instanceof LockedException || username != null && username.length() <= 60
                    && users.findByUsername(username).map(users::lockedNow).orElse(false);
            res.sendRedirect(req.getContextPath() + (locked ? "/dang-nhap?khoa" : "/dang-nhap?loi"));
        };
    }

    /** 403 with the Vietnamese reason, shown by the error page. */
    private static AccessDeniedHandler webRefusal() {
        return (req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN, refusal(req, ex));
    }

    private static String refusal(HttpServletRequest req, Exception ex) throws IOException {
        if (ex instanceof CsrfException) {
            return CSRF_REFUSED;
        }
        Object reason = req.getAttribute(EndpointAuthorization.REFUSAL);
        return reason != null ? reason.toString() : "Bạn không có quyền truy cập trang này.";
    }
}
