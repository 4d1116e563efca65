package org.storyweb.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;

/**
 * Sends the embed links from before the embed had its own path ({@code /never-let-me-go?embed=1},
 * {@code ?mode=embed}), which course pages already hold, to {@code /never-let-me-go/embed} with the rest of their
 * query. It must happen before the app's own pages: those need a session cookie, which a cross-site frame lacks.
 */
@Component
class OldEmbedLinks extends OncePerRequestFilter {

    // Paths whose first segment is not a book.
    private static final Set<String> NOT_BOOKS = Set.of("api", "VAADIN", "join", EmbedPage.FILES.replace("/", ""));

    private final StoryPacks packs;

    OldEmbedLinks(StoryPacks packs) {
        this.packs = packs;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || !LinkReader.asksForTheEmbed(LinkReader.query(request.getParameterMap()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> segments = Arrays.stream(request.getRequestURI().substring(request.getContextPath().length())
                .split("/")).filter(segment -> !segment.isEmpty()).toList();
        if (!segments.isEmpty() && NOT_BOOKS.contains(segments.getFirst())) {
            chain.doFilter(request, response);
            return;
        }
        // The path keeps the book as the link spelled it, so that an unknown one still says so.
        String book = segments.isEmpty() ? packs.defaultPack().id() : segments.getFirst();
        String rest = Arrays.stream(request.getQueryString().split("&")).filter(part -> {
            String name = URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
            return !name.equals("embed") && !name.equals("mode");
        }).reduce((a, b) -> a + "&" + b).map(query -> "?" + query).orElse("");
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/" + book + "/embed" + rest);
    }
}
