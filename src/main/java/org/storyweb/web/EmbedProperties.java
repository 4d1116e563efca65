package org.storyweb.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may embed Storyweb in an iframe.
 *
 * @param frameAncestors a CSP frame-ancestors source list: {@code *} for any site, or for example
 *                       {@code 'self' https://moodle.example.edu}
 */
@ConfigurationProperties("storyweb.embed")
public record EmbedProperties(@DefaultValue("*") String frameAncestors) {

    public EmbedProperties {
        if (frameAncestors.isBlank() || frameAncestors.contains(";") || frameAncestors.contains(",")) {
            throw new IllegalArgumentException("storyweb.embed.frame-ancestors must be a CSP source list such as "
                    + "* or 'self' https://lms.example.edu, without ; or ,");
        }
    }
}
