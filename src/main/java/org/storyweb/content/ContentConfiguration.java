package org.storyweb.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the content once at start-up; a broken pack stops the start with the list of its problems. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {

    @Bean
    StoryPacks storyPacks(ContentProperties properties) {
        return properties.folder().map(StoryPacks::load).orElseGet(StoryPacks::loadPackaged);
    }
}
