package vn.tiendo.web.publicview;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Spring 6 no longer matches "/cong-khai/" to "/cong-khai" (trailing slash matching is off by default), so a public
 * address written with a trailing slash, as people type and links get pasted, is redirected permanently to the address
 * without it, before security and the controllers see it.
 */
@Configuration
class PublicTrailingSlash {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> publicTrailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> bean = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/cong-khai/**").redirect(HttpStatus.PERMANENT_REDIRECT).build());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        bean.addUrlPatterns("/cong-khai/*");
        return bean;
    }
}
