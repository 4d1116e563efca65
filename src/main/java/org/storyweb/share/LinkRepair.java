package org.storyweb.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Repairs links that the server could not even read: a query part with broken percent-encoding (such as {@code %%},
 * from a link cut short or mangled by a chat app) or without a name, or a framework-internal request type no browser sends. The link is
 * redirected to the same address without those parts, so it opens the nearest sensible view instead of an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkRepair extends OncePerRequestFilter {

    /** Vaadin's own request types; any other value of its {@code v-r} parameter is not a request it can handle. */
    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of("init", "uidl", "webcomponent-resync",
            "heartbeat", "push", "oldbrowser", "i18n");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String part : query.split("&")) {
            if (readable(part)) {
                kept.add(part);
            }
        }
        if (kept.size() == query.split("&").length) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        response.sendRedirect(kept.isEmpty() ? path : path + "?" + String.join("&", kept));
    }

    private static boolean readable(String part) {
        try {
            int equals = part.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? part : part.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
            // The servlet container rejects a parameter without a name.
            return !name.isEmpty() && (!name.equals("v-r") || VAADIN_REQUEST_TYPES.contains(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
