package org.storyweb.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.Parameters;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Repairs links that the server could not even read: a query part with broken percent-encoding (such as {@code %%},
 * from a link cut short or mangled by a chat app) or an overlong or otherwise invalid UTF-8 encoding (such as
 * {@code %C0%AF}), a part without a name, more parts than any link has, or a framework-internal request type no
 * browser sends. The link is redirected to the same address without those parts, so it opens the nearest sensible
 * view instead of an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkRepair extends OncePerRequestFilter {

    /** Vaadin's own request types; any other value of its {@code v-r} parameter is not a request it can handle. */
    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of("init", "uidl", "webcomponent-resync",
            "heartbeat", "push", "oldbrowser", "i18n");

    /** A link of ours has a dozen parameters at most; Tomcat refuses a request with more than a thousand. */
    private static final int MAX_PARTS = 100;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String[] parts = query.split("&");
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (kept.size() < MAX_PARTS && readable(part)) {
                kept.add(part);
            }
        }
        if (kept.size() == parts.length) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        response.sendRedirect(kept.isEmpty() ? path : path + "?" + String.join("&", kept));
    }

    /**
     * Whether Tomcat can read the part as a parameter. Tomcat's own parser decides, so that exactly what it would
     * refuse (with an error in the log) is dropped.
     */
    private static boolean readable(String part) {
        Parameters parameters = new Parameters();
        parameters.setCharset(StandardCharsets.UTF_8);
        byte[] bytes = part.getBytes(StandardCharsets.ISO_8859_1);
        try {
            parameters.processParameters(bytes, 0, bytes.length);
        } catch (InvalidParameterException e) {
            return false;
        }
        String name = parameters.getParameterNames().hasMoreElements()
                ? parameters.getParameterNames().nextElement() : "";
        return !name.isEmpty() && (!name.equals("v-r") || VAADIN_REQUEST_TYPES.contains(parameters.getParameter(name)));
    }
}
