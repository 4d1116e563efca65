package org.storyweb.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets course pages embed Storyweb in an iframe, limited to the configured frame ancestors (any by default), and
 * keeps the other protections: no content-type sniffing, and no full address sent to other sites.
 */
@Component
class FramingHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    FramingHeaders(EmbedProperties properties) {
        this.contentSecurityPolicy = "frame-ancestors " + properties.frameAncestors();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
