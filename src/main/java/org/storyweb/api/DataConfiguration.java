package org.storyweb.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class DataConfiguration {

    /**
     * ETags from a hash of each answer, and 304 for an {@code If-None-Match} that matches: Spring's filter does this
     * for any answer, and the data is small enough to hash on every request.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(DataController.ROOT, DataController.ROOT + "/*");
        return registration;
    }
}
