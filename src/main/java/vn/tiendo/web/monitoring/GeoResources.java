package vn.tiendo.web.monitoring;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The boundary files (/geo/…) are large and never change under one address (the map data names them with a content
 * version, {@code ?v=…}), so browsers keep them a year.
 */
@Configuration
class GeoResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/geo/**").addResourceLocations("classpath:/static/geo/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
