package org.storyweb.share;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The app's address as the browser reached it. Behind a proxy, the server takes the scheme, host and port from the
 * proxy's forwarded headers ({@code server.forward-headers-strategy=native}; deploy/haproxy.cfg sends them), so that
 * no address the server writes shows a server's own port.
 */
public final class SiteAddress {

    private SiteAddress() {
    }

    /** The app's root, absolute, ending in a slash. */
    public static URI root(HttpServletRequest request) {
        // Read from the request as the server's forwarded-header handling left it, never from the raw Host header.
        return URI.create(ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString());
    }
}
