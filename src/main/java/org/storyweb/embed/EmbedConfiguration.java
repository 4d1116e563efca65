package org.storyweb.embed;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The embed's scripts and styles: vis-timeline's and vis-network's standalone builds and their styles, copied from
 * node_modules by the build (pom.xml, copy-embed-files), the timeline's own look from frontend/, and embed.js and
 * embed.css. They are the same for every page, so browsers keep them a day.
 */
@Configuration(proxyBeanMethods = false)
class EmbedConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/" + EmbedPage.FILES + "**")
                .addResourceLocations("classpath:/" + EmbedPage.FILES)
                .setCacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic());
    }
}
