package org.storyweb.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.Parameters;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.storyweb.api.DataError;

/**
 * Repairs links that the server could not even read: a query part with broken percent-encoding (such as {@code %%},
 * from a link cut short or mangled by a chat app) or an overlong or otherwise invalid UTF-8 encoding (such as
 * {@code %C0%AF}), a part without a name, more parts than any link has, a framework-internal request type no
 * browser sends, or, in an address longer than any link, parts longer than any value. The link is redirected to the
 * same address without those parts, so it opens the nearest sensible view instead of an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkRepair extends OncePerRequestFilter {

    /** Vaadin's own request types; any other value of its {@code v-r} parameter is not a request it can handle. */
    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of("init", "uidl", "webcomponent-resync",
            "heartbeat", "push", "oldbrowser", "i18n");

    /** A link of ours has a dozen parameters at most; Tomcat refuses a request with more than a thousand. */
    private static final int MAX_PARTS = 100;

    /** Longer than any link of ours; the browser repeats the address in later requests, which Tomcat caps at 8 KB. */
    private static final int MAX_LINK = 2000;

    /** The longest path segment or parameter kept in a link longer than that: a view reads no longer value. */
    private static final int MAX_PART = 320;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // One leading slash: "//host/x" in a Location header would send the reader to another site.
        String path = request.getRequestURI().replaceFirst("^/{2,}", "/");
        String query = request.getQueryString();
        List<String> parts = query == null ? List.of() : List.of(query.split("&"));
        List<String> kept = parts.stream().filter(LinkRepair::readable).limit(MAX_PARTS).toList();
        String keptPath = path;
        // Vaadin's own requests (v-r) repeat the link in a parameter of theirs, and need it whole.
        boolean link = kept.stream().noneMatch(part -> part.startsWith("v-r="));
        if (link && path.length() + (query == null ? 0 : query.length()) > MAX_LINK) {
            keptPath = shortParts(List.of(path.split("/+")), "/");
            if (!keptPath.startsWith("/")) {
                keptPath = "/" + keptPath;
            }
            kept = List.of(shortParts(kept, "&"));
        }
        String rest = String.join("&", kept);
        if (keptPath.equals(request.getRequestURI()) && rest.equals(query == null ? "" : query)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            // A script must learn that its request was not read: without a broken upto, data would hold spoilers.
            DataError.write(response, HttpStatus.BAD_REQUEST, "Part of this address could not be read; encode "
                    + "each parameter as UTF-8.");
            return;
        }
        response.sendRedirect(rest.isEmpty() ? keptPath : keptPath + "?" + rest);
    }

    /**
     * The parts no longer than a value may be, joined, up to the longest link: a link this long was mangled (pasted
     * twice, or padded), and its browser's next requests, which repeat it, would be refused.
     */
    private static String shortParts(List<String> parts, String separator) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part.length() <= MAX_PART && joined.length() + part.length() < MAX_LINK / 2) {
                joined.append(joined.isEmpty() ? "" : separator).append(part);
            }
        }
        return joined.toString();
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
